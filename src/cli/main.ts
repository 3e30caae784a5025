import { CodeDeskError } from '../shared/errors'
import { CliUsageError } from './CliUsageError'
import { EXPORT_USAGE, runExport } from './commands/export'
import { IMPORT_USAGE, runImport } from './commands/import'
import { runStatus, STATUS_USAGE } from './commands/status'
import { runValidate, VALIDATE_USAGE } from './commands/validate'
import { type CliOutput, EXIT_OK, EXIT_USAGE, processOutput } from './output'

type Command = (args: string[], output: CliOutput) => Promise<number>

interface CommandSpec {
  run: Command
  usage: string
  summary: string
}

/** The commands `codedesk` runs. Each feature registers its own here. */
export const COMMANDS: Record<string, CommandSpec> = {
  validate: {
    run: runValidate,
    usage: VALIDATE_USAGE,
    summary: 'check every entry of a content folder',
  },
  status: {
    run: runStatus,
    usage: STATUS_USAGE,
    summary: 'count entries by review status and list the review queue',
  },
  export: {
    run: runExport,
    usage: EXPORT_USAGE,
    summary: 'export approved entries as a site bundle',
  },
  import: {
    run: runImport,
    usage: IMPORT_USAGE,
    summary: 'import a CMS RVU or HCPCS file, or an exported bundle',
  },
}

function generalUsage(): string {
  const lines = Object.entries(COMMANDS).map(
    ([name, spec]) => `  ${name.padEnd(10)} ${spec.summary}`,
  )
  return [
    'Usage: codedesk <command> [options]',
    '',
    'Commands:',
    ...lines,
    '',
    "Run 'codedesk <command> --help' for a command's options.",
  ].join('\n')
}

/** Runs the CLI with `argv` (without node and script); returns the process exit code. */
export async function main(argv: string[], output: CliOutput = processOutput()): Promise<number> {
  const [name, ...args] = argv

  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    output.out(generalUsage())
    return name === undefined ? EXIT_USAGE : EXIT_OK
  }

  const command = COMMANDS[name]
  if (command === undefined) {
    output.err(`codedesk: unknown command '${name}'.\n\n${generalUsage()}`)
    return EXIT_USAGE
  }
  if (args.includes('--help') || args.includes('-h')) {
    output.out(command.usage)
    return EXIT_OK
  }

  try {
    return await command.run(args, output)
  } catch (error) {
    if (
      error instanceof CliUsageError ||
      (error instanceof TypeError &&
        'code' in error &&
        String(error.code).startsWith('ERR_PARSE_ARGS'))
    ) {
      output.err(`codedesk ${name}: ${error.message}\n\n${command.usage}`)
      return EXIT_USAGE
    }
    if (error instanceof CodeDeskError) {
      output.err(`codedesk ${name}: ${error.message}`)
      return error.code === 'validation-failed' ? 1 : EXIT_USAGE
    }

    output.err(`codedesk ${name}: ${error instanceof Error ? error.message : String(error)}`)
    return EXIT_USAGE
  }
}
