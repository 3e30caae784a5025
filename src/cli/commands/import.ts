import { userInfo } from 'node:os'
import { parseArgs } from 'node:util'

import type { ImportChange, ImportResult } from '../../shared/api/types'
import { ContentFolder } from '../../storage/folder/ContentFolder'
import { importBundle } from '../../storage/import/bundle/importBundle'
import { importHcpcsFile } from '../../storage/import/hcpcs/importHcpcsFile'
import { importRvuFile } from '../../storage/import/rvu/importRvuFile'
import { CliUsageError } from '../CliUsageError'
import { type CliOutput, EXIT_OK, EXIT_PROBLEMS } from '../output'

export const IMPORT_USAGE = `Usage: codedesk import rvu FILE [--content DIR] [--dry-run] [--release RVU25D]
                           [--remove-unlisted] [--all]
       codedesk import hcpcs FILE [--content DIR] [--dry-run] [--all]
       codedesk import bundle DIR [--content DIR] [--dry-run] [--all]

Imports official data into a content folder.
  rvu FILE       a CMS physician fee schedule relative value file (PPRRVU) as CSV or fixed-width
                 TXT, plain or .gz: sets the RVU data of existing entries and writes
                 fee-schedule.json with every code the file lists
  hcpcs FILE     the CMS HCPCS Level II annual file (fixed width), plain or .gz: creates draft
                 entries for codes without one, flags terminated codes and reports changed short
                 descriptors
  bundle DIR     a JSON bundle written by codedesk export: creates the entries it contains
  --content DIR  content folder to import into (default: ./content)
  --dry-run      list what would change and write nothing
  --release REL  the CMS release of an RVU file whose name and title rows do not give it
  --remove-unlisted
                 remove the RVU data of entries the RVU file does not list; use it only with
                 CMS's complete file (without it, those entries keep their data)
  --all          also list unchanged codes, codes without an entry and entries the file does
                 not list (otherwise counted)

Rows that cannot be read are listed with their line numbers; the other rows are imported.
Exit status: 0 imported, 1 some rows could not be read, 2 usage or I/O error.`

const KIND_ORDER: ReadonlyArray<ImportChange['kind']> = [
  'create',
  'update',
  'title-changed',
  'terminated',
  'unchanged',
  'no-entry',
  'not-listed',
]
// Change kinds that are counted, not listed, unless --all is given: an RVU file lists thousands.
const QUIET_KINDS = new Set<ImportChange['kind']>(['unchanged', 'no-entry', 'not-listed'])

function osUserName(): string {
  try {
    return userInfo().username
  } catch {
    return 'codedesk import'
  }
}

function formatResult(result: ImportResult, options: { dryRun: boolean; all: boolean }): string[] {
  const lines: string[] = []
  const counts = new Map<string, number>()

  for (const change of result.changes) {
    counts.set(change.kind, (counts.get(change.kind) ?? 0) + 1)
    if (options.all || !QUIET_KINDS.has(change.kind)) {
      lines.push(`${change.code}: ${change.kind}: ${change.detail}`)
    }
  }
  for (const problem of result.rowProblems) {
    lines.push(`${result.source}:${problem.line}: error: ${problem.reason}`)
  }

  const summary = KIND_ORDER.filter((kind) => counts.has(kind))
    .map((kind) => `${counts.get(kind)} ${kind}`)
    .join(', ')
  const release = result.release === null ? '' : ` (${result.release})`
  const action = options.dryRun
    ? 'Dry run: nothing was written.'
    : `${result.applied} entries written.`
  // A blank line sets the summary apart from the listed changes, when there are any.
  if (lines.length > 0) lines.push('')
  lines.push(
    `${result.source}${release}: ${summary || 'no codes'}; ${result.rowProblems.length} rows could not be read. ${action}`,
  )

  return lines
}

/** Runs `codedesk import`; returns the exit code. */
export async function runImport(args: string[], output: CliOutput): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      content: { type: 'string', default: 'content' },
      'dry-run': { type: 'boolean', default: false },
      release: { type: 'string' },
      'remove-unlisted': { type: 'boolean', default: false },
      all: { type: 'boolean', default: false },
    },
    strict: true,
    allowPositionals: true,
  })
  const [kind, path, ...rest] = positionals
  if (kind !== 'rvu' && kind !== 'hcpcs' && kind !== 'bundle') {
    throw new CliUsageError(
      `Missing or unknown import kind '${kind ?? ''}': use rvu, hcpcs or bundle.`,
    )
  }
  if (path === undefined)
    throw new CliUsageError(`Missing the ${kind === 'bundle' ? 'DIR' : 'FILE'} to import.`)
  if (rest.length > 0) throw new CliUsageError(`Unexpected arguments: ${rest.join(' ')}.`)
  if (values.release !== undefined && kind !== 'rvu') {
    throw new CliUsageError('--release applies only to rvu imports.')
  }
  if (values['remove-unlisted'] && kind !== 'rvu') {
    throw new CliUsageError('--remove-unlisted applies only to rvu imports.')
  }

  const dryRun = values['dry-run']
  const folder = await ContentFolder.open(values.content, {
    app: `codedesk import ${kind}`,
    readOnly: dryRun,
  })
  try {
    const options = { dryRun, actor: osUserName() }
    const result =
      kind === 'rvu'
        ? await importRvuFile(folder, path, {
            ...options,
            release: values.release,
            removeUnlisted: values['remove-unlisted'],
          })
        : kind === 'hcpcs'
          ? await importHcpcsFile(folder, path, options)
          : await importBundle(folder, path, options)
    for (const line of formatResult(result, { dryRun, all: values.all })) output.out(line)

    return result.rowProblems.length > 0 ? EXIT_PROBLEMS : EXIT_OK
  } finally {
    await folder.close()
  }
}
