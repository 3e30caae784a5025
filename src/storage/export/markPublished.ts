import { CodeDeskError } from '../../shared/errors'
import type { Workflow } from '../../shared/model/entry'
import type { Problem } from '../../shared/validation/problem'
import { mapWithConcurrency } from '../files/mapWithConcurrency'
import type { ContentFolder } from '../folder/ContentFolder'
import { READ_CONCURRENCY } from '../folder/scanEntries'
import type { ExportedCode } from './buildExportedCode'

/**
 * Returns the workflow after publishing. An approved or published entry becomes published. An
 * entry being edited again keeps its status and only records the version that published its
 * approved revision.
 */
export function publishedWorkflow(workflow: Workflow, version: string): Workflow {
  const unchanged = workflow.status === 'approved' || workflow.status === 'published'

  return {
    ...workflow,
    status: unchanged ? 'published' : workflow.status,
    publishedVersion: version,
  }
}

/**
 * Marks exported entries published with the bundle's version through `ContentFolder.write`,
 * keeping each entry's `meta`. An entry that cannot be written (changed meanwhile, read-only
 * folder) becomes a warning: the bundle is already in place and stays valid.
 */
export async function markPublished(
  folder: ContentFolder,
  exported: readonly ExportedCode[],
  version: string,
  options: { actor: string; onProgress?: (done: number) => void },
): Promise<Problem[]> {
  const problems: Problem[] = []
  let done = 0

  // Entries are written concurrently: each write is its own file, and ContentFolder.write is
  // atomic per file.
  await mapWithConcurrency(exported, READ_CONCURRENCY, async ({ document }) => {
    try {
      const entry = await folder.read(document.code)
      await folder.write(
        { ...entry, workflow: publishedWorkflow(entry.workflow, version) },
        { actor: options.actor, expectedUpdatedAt: entry.meta.updatedAt, keepMeta: true },
      )
    } catch (error) {
      if (!(error instanceof CodeDeskError)) throw error
      problems.push({
        ruleId: 'export/publish',
        code: document.code,
        field: 'workflow.status',
        message: `workflow.status: entry ${document.code} was exported in bundle ${version} but could not be marked published (${error.message}).`,
        severity: 'warning',
      })
    }

    done++
    if (done % 100 === 0 || done === exported.length) options.onProgress?.(done)
  })

  return problems
}
