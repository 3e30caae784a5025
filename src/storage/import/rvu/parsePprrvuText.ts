import type { ImportRowProblem } from '../../../shared/api/types'
import type { ParsedRows } from '../ImportOptions'
import { parsePprrvuFields } from './parsePprrvuFields'
import type { PprrvuFields, PprrvuRow } from './PprrvuRow'

/**
 * Field positions (1-based, inclusive) of the fixed-width PPRRVU data record, from the record
 * layout "National Physician Fee Schedule Relative Value File, Calendar Year 2025" in CMS's RVU25D
 * documentation (RVU25D.pdf). The file has no header names, so a release that moves a field needs
 * a new table here. Records end at position 171 although the layout states 200 characters.
 */
export const PPRRVU_2025_TEXT_LAYOUT: Readonly<Record<keyof PprrvuFields, [number, number]>> = {
  hcpcs: [1, 5],
  modifier: [6, 7],
  statusCode: [58, 58],
  work: [60, 65],
  nonFacilityPe: [67, 72],
  nonFacilityNa: [73, 74],
  facilityPe: [76, 81],
  facilityNa: [82, 83],
  malpractice: [85, 89],
  nonFacilityTotal: [91, 96],
  facilityTotal: [97, 102],
  pctcIndicator: [103, 103],
  globalDays: [104, 106],
  conversionFactor: [133, 140],
}

// The last position a data record must reach: the end of the conversion factor.
const MIN_RECORD_LENGTH = 140

function slice(line: string, [from, to]: [number, number]): string {
  return line.slice(from - 1, to)
}

/**
 * Parses the fixed-width PPRRVU file. Header records start with `HDR` and are skipped, as are
 * blank lines. A record too short or with an invalid field becomes a row problem.
 */
export function parsePprrvuText(text: string): ParsedRows<PprrvuRow> {
  const rows: PprrvuRow[] = []
  const rowProblems: ImportRowProblem[] = []
  const lines = text.split(/\r?\n/)

  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? ''
    const lineNumber = index + 1
    if (line.trim() === '' || line.startsWith('HDR')) continue

    if (line.length < MIN_RECORD_LENGTH) {
      rowProblems.push({
        line: lineNumber,
        reason: `record is ${line.length} characters long, shorter than the ${MIN_RECORD_LENGTH} the layout needs`,
      })
      continue
    }

    const fields = Object.fromEntries(
      Object.entries(PPRRVU_2025_TEXT_LAYOUT).map(([name, range]) => [name, slice(line, range)]),
    ) as unknown as PprrvuFields
    const parsed = parsePprrvuFields(lineNumber, fields)
    if (parsed.ok) rows.push(parsed.row)
    else rowProblems.push({ line: lineNumber, reason: parsed.reason })
  }

  return { rows, rowProblems }
}
