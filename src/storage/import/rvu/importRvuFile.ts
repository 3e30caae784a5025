import type { ImportChange, ImportResult } from '../../../shared/api/types'
import { CodeDeskError } from '../../../shared/errors'
import { readEntrySync } from '../../export/readEntrySync'
import { yieldToEventLoop } from '../../export/yieldToEventLoop'
import type { ContentFolder } from '../../folder/ContentFolder'
import type { ImportOptions } from '../ImportOptions'
import { applyRvuImport } from './applyRvuImport'
import { rvuChange } from './planRvuEntry'
import { prepareRvuImport, type RvuImportPreparation, rvuImportResult } from './prepareRvuImport'
import { readPprrvuFile } from './readPprrvuFile'

export interface RvuImportOptions extends ImportOptions {
  /** The CMS release, when the file's name and title rows do not tell it. */
  release?: string
  /**
   * Removes the RVU data of entries the file does not list. Only for CMS's complete file: without
   * it, such entries keep their data and are reported as `not-listed`, so a partial file or a
   * slice never wipes RVU data.
   */
  removeUnlisted?: boolean
}

/** Compares every entry that has RVU data with the file's and returns what an import would do. */
async function previewRvuImport(
  folder: ContentFolder,
  prepared: RvuImportPreparation,
  options: ImportOptions,
): Promise<ImportResult> {
  const { toCompare } = prepared
  const compared: ImportChange[] = []

  options.onProgress?.({ phase: 'planning', done: 0, total: toCompare.length })
  for (const [index, { code, next, hasRvu }] of toCompare.entries()) {
    const current = hasRvu ? readEntrySync(folder, code).rvu : null
    compared.push(rvuChange(code, prepared.file.release, current, next))

    if ((index + 1) % 500 === 0) {
      options.onProgress?.({ phase: 'planning', done: index + 1, total: toCompare.length })
      // Entries are read with blocking reads, so the preview yields between batches to let the
      // app serve requests.
      await yieldToEventLoop()
    }
  }
  options.onProgress?.({ phase: 'done', done: 0, total: 0 })

  return rvuImportResult(prepared, compared, 0)
}

function firstProblem(prepared: RvuImportPreparation): string {
  const [first] = prepared.rowProblems
  return first === undefined ? '' : ` The first, line ${first.line}: ${first.reason}.`
}

/**
 * Refuses an import that would act on rows it could not read. A file with no readable row is
 * likely another kind of file, and removing the data of unlisted entries after rows failed would
 * remove the data of entries those rows list.
 */
function assertSafeToApply(
  path: string,
  prepared: RvuImportPreparation,
  options: RvuImportOptions,
): void {
  const failed = prepared.rowProblems.length
  if (prepared.file.rows.length === 0) {
    throw new CodeDeskError(
      'invalid-file',
      `${path} has no PPRRVU row that could be read (${failed} could not).${firstProblem(prepared)} Check that it is the CMS relative value file (PPRRVU); nothing was imported.`,
    )
  }
  if (options.removeUnlisted === true && failed > 0) {
    throw new CodeDeskError(
      'invalid-file',
      `${failed} ${failed === 1 ? 'row' : 'rows'} of ${path} could not be read. Removing the RVU data of unlisted entries would then remove it from entries those rows list too.${firstProblem(prepared)} Fix the file, or import it without removing unlisted entries; nothing was imported.`,
    )
  }
}

/**
 * Imports a CMS PPRRVU file (CSV or fixed width, optionally gzipped) into a content folder: the
 * RVU block of every entry the file lists, then `fee-schedule.json` with every code of the file.
 * Entries the file does not list are reported as `not-listed` and keep their RVU data, unless
 * `removeUnlisted` is set. A dry run returns the same result with `applied: 0` and writes nothing.
 * A file with no readable row, or with unreadable rows when `removeUnlisted` is set, raises
 * `invalid-file` before anything is written.
 */
export async function importRvuFile(
  folder: ContentFolder,
  path: string,
  options: RvuImportOptions = {},
): Promise<ImportResult> {
  options.onProgress?.({ phase: 'reading', done: 0, total: 1 })
  const file = await readPprrvuFile(path, options.release)
  options.onProgress?.({ phase: 'reading', done: 1, total: 1 })

  const prepared = prepareRvuImport(folder, file, options)
  assertSafeToApply(path, prepared, options)
  if (options.dryRun === true) return previewRvuImport(folder, prepared, options)

  return applyRvuImport(folder, prepared, options)
}
