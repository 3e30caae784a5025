import { userInfo } from 'node:os'
import { parseArgs } from 'node:util'

import type { ExportSummary } from '../../shared/api/types'
import { CodeDeskError } from '../../shared/errors'
import type { ExportTarget } from '../../shared/export/bundleFormat'
import { exportBundle } from '../../storage/export/exportBundle'
import { ContentFolder } from '../../storage/folder/ContentFolder'
import { CliUsageError } from '../CliUsageError'
import { type CliOutput, EXIT_OK, EXIT_PROBLEMS } from '../output'

export const EXPORT_USAGE = `Usage: codedesk export --out DIR [--content DIR] [--target json|markdown] [--previous DIR]

Exports the approved revision of every approved entry as a site bundle, then marks the exported
entries published with the bundle's version.
  --out DIR        bundle folder to write; an existing bundle there is replaced once the new one
                   is complete, and a folder with other files is rejected
  --content DIR    content folder to export (default: ./content)
  --target TARGET  json: one JSON file per code with index.json and manifest.json;
                   markdown: one Markdown file with YAML front matter per code
                   (default: the workspace's exportTarget)
  --previous DIR   an earlier bundle to compare with; writes changes.json (may equal --out)

Any validation error in an exported entry blocks the export and nothing is written. Export needs
the content folder's lock, because it marks entries published: while another program, such as
the app, has the folder open, nothing is exported.
Exit status: 0 exported, 1 blocked by problems, 2 usage or I/O error or folder locked.`

function osUserName(): string {
  try {
    return userInfo().username
  } catch {
    return 'codedesk export'
  }
}

function parseTarget(value: string): ExportTarget {
  if (value === 'json' || value === 'markdown') return value

  throw new CliUsageError(`Invalid --target '${value}': use json or markdown.`)
}

function formatSummary(summary: ExportSummary): string[] {
  const lines = summary.problems.map(
    (problem) =>
      `${problem.code === '' ? '(bundle)' : `entries/${problem.code}.json`}: ${problem.field}: ${problem.severity}: ${problem.message} [${problem.ruleId}]`,
  )
  if (lines.length > 0) lines.push('')

  if (summary.blocked) {
    const errors = summary.problems.filter((problem) => problem.severity === 'error').length
    lines.push(
      `Export blocked by ${errors} ${errors === 1 ? 'error' : 'errors'}; nothing was written to ${summary.outDir}.`,
    )
  } else {
    lines.push(
      `Exported ${summary.exported} entries (${summary.target}) to ${summary.outDir} as version ${summary.version}; ${summary.skipped} entries not approved or skipped.`,
    )
  }

  return lines
}

/**
 * Opens the content folder with its lock. Without the lock, export could write the bundle but not
 * mark the entries published, so a locked folder stops the command before anything is written.
 */
async function openForExport(content: string): Promise<ContentFolder> {
  try {
    return await ContentFolder.open(content, { app: 'codedesk export' })
  } catch (error) {
    if (!(error instanceof CodeDeskError && error.code === 'locked')) throw error
    throw new CodeDeskError(
      'locked',
      `${error.message} Nothing was exported, because export marks the exported entries published and that needs the folder's lock. Close the app (or export from it), then run codedesk export again.`,
      error.details,
    )
  }
}

/** Runs `codedesk export`; returns the exit code. */
export async function runExport(args: string[], output: CliOutput): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      content: { type: 'string', default: 'content' },
      out: { type: 'string' },
      target: { type: 'string' },
      previous: { type: 'string' },
    },
    strict: true,
    allowPositionals: false,
  })
  if (values.out === undefined) throw new CliUsageError('Missing --out: give the bundle folder.')

  // Checked before the folder is opened, so that a mistyped target is reported even while the
  // folder is locked.
  const target = values.target === undefined ? null : parseTarget(values.target)
  const folder = await openForExport(values.content)
  try {
    const summary = await exportBundle(folder, {
      target: target ?? folder.workspace.exportTarget,
      outDir: values.out,
      previousDir: values.previous,
      actor: osUserName(),
    })
    for (const line of formatSummary(summary)) output.out(line)

    return summary.blocked ? EXIT_PROBLEMS : EXIT_OK
  } finally {
    await folder.close()
  }
}
