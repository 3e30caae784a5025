import type { ImportChange } from '../../../shared/api/types'
import type { RvuData } from '../../../shared/model/rvu'
import type { ContentFolder } from '../../folder/ContentFolder'
import { describeRvuChange } from './describeRvuChange'
import type { PprrvuCodeRows } from './groupPprrvuRows'
import type { PprrvuFile } from './readPprrvuFile'

/**
 * Outcome of planning one entry from the file's rows: the change itself, or the RVU data (null to
 * remove it) that the entry's current RVU data must be compared with.
 */
export type RvuEntryPlan = { change: ImportChange } | { next: RvuData | null; hasRvu: boolean }

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

/**
 * Plans one entry from the file's rows and the entry's summary, without reading the entry. Only
 * an entry the file lists, or one with RVU data that `removeUnlisted` removes, needs its file read
 * and compared.
 */
export function planRvuEntry(
  folder: ContentFolder,
  code: string,
  file: PprrvuFile,
  rows: PprrvuCodeRows | undefined,
  options: { importedAt: string; removeUnlisted: boolean },
): RvuEntryPlan {
  if (rows !== undefined && rows.global === null) {
    const detail =
      'the file has no global row (without modifier) for this code, so its RVU data is left as it is'
    return { change: { code, kind: 'unchanged', detail } }
  }

  const release = folder.summary(code)?.rvuRelease ?? null
  if (rows === undefined && release === null) {
    const detail = `not listed in ${file.release}; the entry has no RVU data and gets none`
    return { change: { code, kind: 'not-listed', detail } }
  }
  if (rows === undefined && !options.removeUnlisted) {
    const detail = `not listed in ${file.release}; keeps its ${release} RVU data. If this is CMS's complete file, import it again with the removal of unlisted RVU data (--remove-unlisted)`
    return { change: { code, kind: 'not-listed', detail } }
  }

  const next = rows === undefined ? null : rvuData(file, rows, options.importedAt)
  return { next, hasRvu: release !== null }
}

/** Returns the change from an entry's current RVU data to `next`: an update, or unchanged. */
export function rvuChange(
  code: string,
  release: string,
  current: RvuData | null,
  next: RvuData | null,
): ImportChange {
  const detail = describeRvuChange(current, next)
  if (detail === null) return { code, kind: 'unchanged', detail: `same values in ${release}` }

  return { code, kind: 'update', detail }
}
