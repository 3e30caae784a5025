import type { ImportChange, ImportResult, ImportRowProblem } from '../../../shared/api/types'
import { compareCodePoints } from '../../../shared/export/compareCodePoints'
import { type FeeSchedule, feeScheduleSchema } from '../../../shared/model/feeSchedule'
import type { RvuData } from '../../../shared/model/rvu'
import type { ContentFolder } from '../../folder/ContentFolder'
import type { ImportOptions } from '../ImportOptions'
import { groupPprrvuRows } from './groupPprrvuRows'
import { planRvuEntry } from './planRvuEntry'
import type { PprrvuFile } from './readPprrvuFile'

/** An entry whose RVU data must be read and compared with `next` (null removes it). */
export interface RvuComparison {
  code: string
  next: RvuData | null
  /** The entry's summary shows RVU data, so a preview must read the entry to compare. */
  hasRvu: boolean
}

/** The parts of an RVU import that need no entry to be read. */
export interface RvuImportPreparation {
  file: PprrvuFile
  /** Changes the rows and the summaries decide alone, codes without an entry included. */
  decided: ImportChange[]
  toCompare: RvuComparison[]
  feeSchedule: FeeSchedule
  rowProblems: ImportRowProblem[]
}

/**
 * Groups the file's rows by code and plans every entry that needs no read: entries the file does
 * not list and that have no RVU data, listed codes without a global row, and codes without an
 * entry. The other entries are left to compare.
 */
export function prepareRvuImport(
  folder: ContentFolder,
  file: PprrvuFile,
  options: ImportOptions & { removeUnlisted?: boolean },
): RvuImportPreparation {
  const importedAt = (options.now ?? new Date()).toISOString()
  const grouped = groupPprrvuRows(file.rows)
  const fileCodes = [...grouped.codes.keys()].sort(compareCodePoints)
  const decided: ImportChange[] = []
  const toCompare: RvuComparison[] = []

  for (const code of folder.codes().sort(compareCodePoints)) {
    const plan = planRvuEntry(folder, code, file, grouped.codes.get(code), {
      importedAt,
      removeUnlisted: options.removeUnlisted === true,
    })
    if ('change' in plan) decided.push(plan.change)
    else toCompare.push({ code, ...plan })
  }
  for (const code of fileCodes) {
    if (folder.has(code)) continue
    const status = grouped.codes.get(code)?.global?.statusCode
    decided.push({
      code,
      kind: 'no-entry',
      detail: status === undefined ? 'no entry' : `no entry (status ${status})`,
    })
  }

  return {
    file,
    decided,
    toCompare,
    feeSchedule: feeScheduleSchema.parse({
      release: file.release,
      sourceFile: file.sourceFile,
      importedAt,
      codes: fileCodes,
    }),
    rowProblems: [...file.rowProblems, ...grouped.rowProblems].sort((a, b) => a.line - b.line),
  }
}

/** Builds the import's result from the prepared file and the changes of every entry and code. */
export function rvuImportResult(
  prepared: RvuImportPreparation,
  compared: readonly ImportChange[],
  applied: number,
): ImportResult {
  return {
    kind: 'rvu',
    source: prepared.file.sourceFile,
    release: prepared.file.release,
    changes: [...prepared.decided, ...compared].sort((a, b) => compareCodePoints(a.code, b.code)),
    rowProblems: prepared.rowProblems,
    applied,
  }
}
