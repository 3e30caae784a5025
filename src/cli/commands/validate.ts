import { parseArgs } from 'node:util'

import type { FolderValidation } from '../../shared/api/types'
import { ContentFolder } from '../../storage/folder/ContentFolder'
import { FolderValidator } from '../../storage/validation/FolderValidator'
import { CliUsageError } from '../CliUsageError'
import { type CliOutput, EXIT_OK, EXIT_PROBLEMS } from '../output'

export const VALIDATE_USAGE = `Usage: codedesk validate [--content DIR] [--format text|json] [--strict]

Checks every entry of a content folder with all validation rules.
  --content DIR   content folder to check (default: ./content)
  --format FMT    text (default) or json: every problem with rule, code, field, message, severity
  --strict        also exit 1 when there are warnings

Exit status: 0 clean, 1 errors (or warnings with --strict), 2 usage or I/O error.`

function formatText(result: FolderValidation): string[] {
  const lines: string[] = []

  for (const problem of result.fileProblems)
    lines.push(`${problem.path}: error: ${problem.reason} [file/unreadable]`)
  for (const problem of result.problems) {
    lines.push(
      `entries/${problem.code}.json: ${problem.field}: ${problem.severity}: ${problem.message} [${problem.ruleId}]`,
    )
  }

  const { error, warning, info } = result.counts
  lines.push('')
  lines.push(`${error + result.fileProblems.length} errors, ${warning} warnings, ${info} info`)
  for (const [ruleId, count] of Object.entries(result.byRule).sort(([a], [b]) =>
    a.localeCompare(b),
  )) {
    lines.push(`  ${ruleId}: ${count}`)
  }

  return lines
}

/** Runs `codedesk validate`; returns the exit code. */
export async function runValidate(args: string[], output: CliOutput): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      content: { type: 'string', default: 'content' },
      format: { type: 'string', default: 'text' },
      strict: { type: 'boolean', default: false },
    },
    strict: true,
    allowPositionals: false,
  })
  if (values.format !== 'text' && values.format !== 'json') {
    throw new CliUsageError(`Invalid --format '${values.format}': use text or json.`)
  }

  const folder = await ContentFolder.open(values.content, {
    app: 'codedesk validate',
    readOnly: true,
  })
  try {
    const result = await new FolderValidator(folder).validateAll()

    if (values.format === 'json') {
      output.out(JSON.stringify({ ...result, folder: folder.folder }, null, 2))
    } else {
      for (const line of formatText(result)) output.out(line)
    }

    const failing =
      result.counts.error + result.fileProblems.length + (values.strict ? result.counts.warning : 0)
    return failing > 0 ? EXIT_PROBLEMS : EXIT_OK
  } finally {
    await folder.close()
  }
}
