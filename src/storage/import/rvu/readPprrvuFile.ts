import { CodeDeskError } from '../../../shared/errors'
import type { ParsedRows } from '../ImportOptions'
import { decodeText, readImportFile } from '../readImportFile'
import { detectRvuRelease } from './detectRvuRelease'
import { parsePprrvuCsv } from './parsePprrvuCsv'
import { parsePprrvuText } from './parsePprrvuText'
import type { PprrvuRow } from './PprrvuRow'

export interface PprrvuFile extends ParsedRows<PprrvuRow> {
  /** The file name without folders and `.gz`, recorded as each entry's `rvu.sourceFile`. */
  sourceFile: string
  release: string
  format: 'csv' | 'text'
}

/**
 * Reads a CMS PPRRVU file as CSV (`.csv`) or fixed width (any other name, such as `.txt`), plain
 * or gzipped, and works out its release. Raises `invalid-file` when neither the file nor
 * the `release` option names the release.
 */
export async function readPprrvuFile(path: string, release?: string): Promise<PprrvuFile> {
  const file = await readImportFile(path)
  const text = decodeText(file.bytes)
  const format = file.name.toLowerCase().endsWith('.csv') ? 'csv' : 'text'
  const parsed = format === 'csv' ? parsePprrvuCsv(text) : { ...parsePprrvuText(text), titles: [] }

  const detected = release ?? detectRvuRelease(file.name, parsed.titles)
  // A file with no row to read is most likely not a PPRRVU file: reported before its release.
  if (detected === null && parsed.rows.length === 0) {
    throw new CodeDeskError(
      'invalid-file',
      `${file.name} has no PPRRVU row that could be read (${parsed.rowProblems.length} could not). Check that it is the CMS relative value file (PPRRVU); nothing was imported.`,
    )
  }
  if (detected === null) {
    throw new CodeDeskError(
      'invalid-file',
      `Cannot tell the CMS release of ${file.name}: its name and title rows name none. Rename it as CMS does (PPRRVU2025_Oct.csv or RVU25D...), or give the release, e.g. --release RVU25D.`,
    )
  }
  if (!/^RVU\d{2}[A-Z]$/.test(detected)) {
    throw new CodeDeskError(
      'invalid-argument',
      `Release '${detected}' is not a CMS release name. Use RVU, two year digits and a letter, e.g. RVU25D.`,
    )
  }

  return {
    rows: parsed.rows,
    rowProblems: parsed.rowProblems,
    sourceFile: file.name,
    release: detected,
    format,
  }
}
