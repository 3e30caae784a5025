import { CodeDeskError } from '../../shared/errors'
import type { Problem } from '../../shared/validation/problem'
import { publishTransition } from '../../shared/workflow/publishTransition'
import { mapWithConcurrency } from '../files/mapWithConcurrency'
import type { ContentFolder } from '../folder/ContentFolder'
import { historyOf } from '../history/HistoryStore'
import type { ExportedCode } from './buildExportedCode'
import { checkEntry, inspectEntrySync } from './readEntrySync'

// Maximum number of entries being marked at once. A few keep the thread pool writing while the
// next entry is read. More only keep more parsed entries alive: with 32 and with 4, marking
// 20,000 entries took the same time (2 cores, load average 3 to 5).
const PUBLISH_CONCURRENCY = 8

/**
 * Marks exported entries published with the bundle's version: a `published` event in each entry's
 * history, then the workflow through `ContentFolder.write`, keeping each entry's `meta`. An entry
 * that cannot be written (changed meanwhile, read-only folder) becomes a warning, because the
 * bundle is already in place and stays valid.
 */
export async function markPublished(
  folder: ContentFolder,
  exported: ReadonlyArray<Pick<ExportedCode, 'code' | 'updatedAt'>>,
  version: string,
  options: { actor: string; now: Date; onProgress?: (done: number) => void },
): Promise<Problem[]> {
  const history = historyOf(folder)
  const problems: Problem[] = []
  let done = 0

  // Entries are written concurrently: each entry has its own files, and the history store's
  // per-entry lock keeps a save of the same entry from interleaving. Reading and parsing are
  // blocking, so only the writes overlap, on libuv's thread pool.
  await mapWithConcurrency(exported, PUBLISH_CONCURRENCY, async ({ code, updatedAt }) => {
    try {
      await history.withEntryLock(code, async () => {
        // A save since export read the entry moved meta.updatedAt. Such an entry is left alone
        // before its history gets an event.
        const inspected = inspectEntrySync(folder, code)
        const seen = inspected.entry
        if (seen.meta.updatedAt !== updatedAt) {
          throw new CodeDeskError(
            'conflict',
            `it was saved at ${seen.meta.updatedAt} during the export`,
          )
        }

        const { workflow, event } = publishTransition(seen, {
          version,
          actor: options.actor,
          now: options.now,
        })
        // Exporting unchanged content again gives the same version: nothing to record.
        if (JSON.stringify(workflow) === JSON.stringify(seen.workflow)) return

        const entry = inspected.checked ? seen : checkEntry(folder, code, seen)

        await history.update(code, (current) => ({
          ...current,
          events: [...current.events, event],
        }))
        await folder.write(
          { ...entry, workflow },
          {
            actor: options.actor,
            expectedUpdatedAt: entry.meta.updatedAt,
            keepMeta: true,
            current: entry,
          },
        )
      })
    } catch (error) {
      if (!(error instanceof CodeDeskError)) throw error
      problems.push({
        ruleId: 'export/publish',
        code,
        field: 'workflow.status',
        message: `workflow.status: entry ${code} was exported in bundle ${version} but could not be marked published (${error.message}).`,
        severity: 'warning',
      })
    }

    done++
    if (done % 100 === 0 || done === exported.length) options.onProgress?.(done)
  })

  return problems.sort((a, b) => (a.code < b.code ? -1 : 1))
}
