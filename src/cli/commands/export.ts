import { userInfo } from 'node:os'
import { parseArgs } from 'node:util'

import type { ExportSummary } from '../../shared/api/types'
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

Any validation error in an exported entry blocks the export and nothing is written.
Exit status: 0 exported, 1 blocked by problems, 2 usage or I/O error.`

function osUserName(): string {
  try {
    return userInfo().username
  } catch {
    return 'codedesk export'
  }
}

function parseTarget(value: string | undefined, fallback: ExportTarget): ExportTarget {
  if (value === undefined) return fallback
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
    lines.push(`Export blocked by ${errors} errors; nothing was written to ${summary.outDir}.`)
  } else {
    lines.push(
      `Exported ${summary.exported} entries (${summary.target}) to ${summary.outDir} as version ${summary.version}; ${summary.skipped} entries not approved or skipped.`,
    )
  }

  return lines
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

  const folder = await ContentFolder.open(values.content, {
    app: 'codedesk export',
    fallbackToReadOnly: true,
  })
  try {
    const readOnly = folder.readOnlyReason !== null
    if (readOnly) {
      output.err(
        `codedesk export: entries will not be marked published, because the folder is read-only (${folder.readOnlyReason}).`,
      )
    }

    const summary = await exportBundle(folder, {
      target: parseTarget(values.target, folder.workspace.exportTarget),
      outDir: values.out,
      previousDir: values.previous,
      markPublished: !readOnly,
      actor: osUserName(),
    })
    for (const line of formatSummary(summary)) output.out(line)

    return summary.blocked ? EXIT_PROBLEMS : EXIT_OK
  } finally {
    await folder.close()
  }
}
