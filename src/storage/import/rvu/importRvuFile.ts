import { join } from 'node:path'

import type { ImportChange, ImportResult } from '../../../shared/api/types'
import { compareCodePoints } from '../../../shared/export/compareCodePoints'
import { FEE_SCHEDULE_FILE, feeScheduleSchema } from '../../../shared/model/feeSchedule'
import type { RvuData } from '../../../shared/model/rvu'
import { readEntrySync } from '../../export/readEntrySync'
import { yieldToEventLoop } from '../../export/yieldToEventLoop'
import { openJsonDataFile } from '../../files/JsonDataFile'
import type { ContentFolder } from '../../folder/ContentFolder'
import { applyImportPlan } from '../applyImportPlan'
import type { ImportOptions } from '../ImportOptions'
import type { ImportPlan, PlannedWrite } from '../ImportPlan'
import { describeRvuChange } from './describeRvuChange'
import { groupPprrvuRows, type PprrvuCodeRows } from './groupPprrvuRows'
import { type PprrvuFile, readPprrvuFile } from './readPprrvuFile'

export interface RvuImportOptions extends ImportOptions {
  /** The CMS release, when the file's name and title rows do not tell it. */
  release?: string
}

function rvuData(file: PprrvuFile, rows: PprrvuCodeRows, importedAt: string): RvuData | null {
  if (rows.global === null) return null

  return {
    release: file.release,
    sourceFile: file.sourceFile,
    importedAt,
    global: rows.global,
    professional: rows.professional,
    technical: rows.technical,
  }
}

type PlannedRvu = { change: ImportChange; next?: RvuData | null }

/**
 * Plans one entry. Only an entry with RVU data is read, to compare its values. The summary shows
 * which entries have none, and for those the file's rows alone decide the change.
 */
function planEntry(
  folder: ContentFolder,
  code: string,
  file: PprrvuFile,
  rows: PprrvuCodeRows | undefined,
  importedAt: string,
): PlannedRvu {
  if (rows !== undefined && rows.global === null) {
    const detail =
      'the file has no global row (without modifier) for this code, so its RVU data is left as it is'
    return { change: { code, kind: 'unchanged', detail } }
  }

  const hasRvu = (folder.summary(code)?.rvuRelease ?? null) !== null
  if (rows === undefined && !hasRvu) {
    const detail = `not listed in ${file.release}; the entry has no RVU data and gets none`
    return { change: { code, kind: 'not-listed', detail } }
  }

  const current = hasRvu ? readEntrySync(folder, code).rvu : null
  const next = rows === undefined ? null : rvuData(file, rows, importedAt)
  const detail = describeRvuChange(current, next)
  if (detail === null) {
    return { change: { code, kind: 'unchanged', detail: `same values in ${file.release}` } }
  }

  return { change: { code, kind: 'update', detail }, next }
}

/**
 * Plans an RVU import: the new RVU block of every entry whose code the file lists, the removal of
 * RVU data from entries the file no longer lists, and the codes without an entry. Entries the file
 * does not list and that have no RVU data are reported as `not-listed`.
 */
export async function planRvuImport(
  folder: ContentFolder,
  file: PprrvuFile,
  options: ImportOptions,
): Promise<ImportPlan> {
  const importedAt = (options.now ?? new Date()).toISOString()
  const grouped = groupPprrvuRows(file.rows)
  const fileCodes = [...grouped.codes.keys()].sort(compareCodePoints)
  const entryCodes = folder.codes().sort(compareCodePoints)
  const changes: ImportChange[] = []
  const writes: PlannedWrite[] = []

  options.onProgress?.({ phase: 'planning', done: 0, total: entryCodes.length })
  for (const [index, code] of entryCodes.entries()) {
    const { change, next } = planEntry(folder, code, file, grouped.codes.get(code), importedAt)
    changes.push(change)
    if (next !== undefined) {
      writes.push({ kind: 'update', code, change: (entry) => ({ ...entry, rvu: next }) })
    }

    if ((index + 1) % 500 === 0) {
      options.onProgress?.({ phase: 'planning', done: index + 1, total: entryCodes.length })
      // Entries are read with blocking reads, so the import yields between batches to let the app
      // serve requests.
      await yieldToEventLoop()
    }
  }
  for (const code of fileCodes) {
    if (folder.has(code)) continue
    const status = grouped.codes.get(code)?.global?.statusCode
    changes.push({
      code,
      kind: 'no-entry',
      detail: status === undefined ? 'no entry' : `no entry (status ${status})`,
    })
  }

  const feeSchedule = feeScheduleSchema.parse({
    release: file.release,
    sourceFile: file.sourceFile,
    importedAt,
    codes: fileCodes,
  })

  return {
    preview: {
      kind: 'rvu',
      source: file.sourceFile,
      release: file.release,
      changes: changes.sort((a, b) => compareCodePoints(a.code, b.code)),
      rowProblems: [...file.rowProblems, ...grouped.rowProblems].sort((a, b) => a.line - b.line),
    },
    writes,
    afterWrites: [
      () => openJsonDataFile(join(folder.folder, FEE_SCHEDULE_FILE)).write(feeSchedule),
    ],
  }
}

/**
 * Imports a CMS PPRRVU file (CSV or fixed width, optionally gzipped) into a content folder: the
 * RVU block of every entry the file lists, then `fee-schedule.json` with every code of the file.
 * A dry run returns the same result with `applied: 0` and writes nothing.
 */
export async function importRvuFile(
  folder: ContentFolder,
  path: string,
  options: RvuImportOptions = {},
): Promise<ImportResult> {
  options.onProgress?.({ phase: 'reading', done: 0, total: 1 })
  const file = await readPprrvuFile(path, options.release)
  options.onProgress?.({ phase: 'reading', done: 1, total: 1 })

  const plan = await planRvuImport(folder, file, options)
  if (options.dryRun === true) {
    options.onProgress?.({ phase: 'done', done: 0, total: 0 })
    return { ...plan.preview, applied: 0 }
  }

  return applyImportPlan(folder, plan, options)
}
