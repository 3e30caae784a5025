import { join } from 'node:path'
import { parseArgs } from 'node:util'

import type { Problem } from '../../shared/validation/problem'
import { ContentFolder } from '../../storage/folder/ContentFolder'
import { WORKSPACE_FILE } from '../../storage/folder/settingsFiles'
import { FolderValidator } from '../../storage/validation/FolderValidator'
import { CliUsageError } from '../CliUsageError'
import { type CliOutput, EXIT_OK, EXIT_PROBLEMS } from '../output'
import { formatValidationText, isWorkspaceProblem } from './formatValidationText'

export const VALIDATE_USAGE = `Usage: codedesk validate [--content DIR] [--format text|json] [--strict]

Checks every entry of a content folder with all validation rules.
  --content DIR   content folder to check (default: ./content)
  --format FMT    text (default): one line per problem with file, field and message, then a
                  summary by severity and rule; json: every problem with ruleId, code, field,
                  message and severity, the files that could not be loaded, and the counts
  --strict        also exit 1 when there are warnings

Exit status: 0 clean, 1 errors (or warnings with --strict), 2 usage or I/O error.`

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
    const validator = new FolderValidator(folder)
    await validator.loadFeeSchedule()
    const result = await validator.validateAll()

    if (values.format === 'json') {
      output.out(JSON.stringify({ folder: folder.folder, ...result }, null, 2))
    } else {
      const fileOf = (problem: Problem) =>
        isWorkspaceProblem(problem)
          ? join(folder.folder, WORKSPACE_FILE)
          : folder.entryPath(problem.code)
      for (const line of formatValidationText(result, fileOf)) output.out(line)
    }

    const failing =
      result.counts.error + result.fileProblems.length + (values.strict ? result.counts.warning : 0)
    return failing > 0 ? EXIT_PROBLEMS : EXIT_OK
  } finally {
    await folder.close()
  }
}
