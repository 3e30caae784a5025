import { parse } from 'csv-parse/sync'

import type { ImportRowProblem } from '../../../shared/api/types'
import { CodeDeskError } from '../../../shared/errors'
import type { ParsedRows } from '../ImportOptions'
import { parsePprrvuFields } from './parsePprrvuFields'
import type { PprrvuFields, PprrvuRow } from './PprrvuRow'

/**
 * The column names of each field, as the header rows read when joined top to bottom. CMS prints
 * each name over up to five rows ("NON-FAC" / "NA" / "INDICATOR") and adds columns between
 * releases, so columns are found by name, never by position.
 */
export const PPRRVU_CSV_COLUMNS: Readonly<Record<keyof PprrvuFields, readonly string[]>> = {
  hcpcs: ['HCPCS'],
  modifier: ['MOD', 'MODIFIER'],
  statusCode: ['STATUS CODE'],
  work: ['WORK RVU'],
  nonFacilityPe: ['NON-FAC PE RVU', 'NON-FACILITY PE RVU'],
  nonFacilityNa: ['NON-FAC NA INDICATOR', 'NON-FACILITY NA INDICATOR'],
  facilityPe: ['FACILITY PE RVU'],
  facilityNa: ['FACILITY NA INDICATOR'],
  malpractice: ['MP RVU'],
  nonFacilityTotal: ['NON-FACILITY TOTAL'],
  facilityTotal: ['FACILITY TOTAL'],
  pctcIndicator: ['PCTC IND'],
  globalDays: ['GLOB DAYS'],
  conversionFactor: ['CONV FACTOR', 'CONVERSION FACTOR'],
}

// The header is searched for in the first rows only: the title block is about ten rows long.
const HEADER_SEARCH_ROWS = 50

interface CsvRecord {
  record: string[]
  info: { lines: number }
}

/** Normalizes a joined column name: upper case, single spaces, no spaces around hyphens. */
export function normalizeColumnName(name: string): string {
  return name
    .toUpperCase()
    .replace(/\s+/g, ' ')
    .replace(/\s*-\s*/g, '-')
    .trim()
}

function isBlank(cell: string | undefined): boolean {
  return cell === undefined || cell.trim() === ''
}

/**
 * Joins the header rows above and including the row that starts with "HCPCS". A row belongs to
 * the header when its first two cells are empty and a later column has text. The title rows
 * above the header have text in the first three columns only.
 */
function readHeader(records: readonly CsvRecord[]): {
  names: string[]
  dataStart: number
  titles: string[]
} {
  const lastRow = records
    .slice(0, HEADER_SEARCH_ROWS)
    .findIndex((candidate) => normalizeColumnName(candidate.record[0] ?? '') === 'HCPCS')
  if (lastRow === -1) {
    throw new CodeDeskError(
      'invalid-file',
      `No header row starting with HCPCS in the first ${HEADER_SEARCH_ROWS} rows. Is this a CMS PPRRVU CSV file?`,
    )
  }

  let firstRow = lastRow
  while (firstRow > 0) {
    const above = records[firstRow - 1]?.record ?? []
    const isHeader =
      isBlank(above[0]) && isBlank(above[1]) && above.slice(3).some((cell) => !isBlank(cell))
    if (!isHeader) break
    firstRow--
  }

  const headerRows = records.slice(firstRow, lastRow + 1).map((candidate) => candidate.record)
  const width = Math.max(...headerRows.map((row) => row.length))
  const names = Array.from({ length: width }, (_unused, column) =>
    normalizeColumnName(
      headerRows
        .map((row) => row[column] ?? '')
        .filter((cell) => !isBlank(cell))
        .join(' '),
    ),
  )
  const titles = records
    .slice(0, firstRow)
    .flatMap((candidate) => candidate.record.filter((cell) => !isBlank(cell)))

  return { names, dataStart: lastRow + 1, titles }
}

function findColumns(names: readonly string[]): Record<keyof PprrvuFields, number> {
  const columns: Partial<Record<keyof PprrvuFields, number>> = {}
  const missing: string[] = []

  for (const [field, accepted] of Object.entries(PPRRVU_CSV_COLUMNS) as Array<
    [keyof PprrvuFields, readonly string[]]
  >) {
    const matches = names.flatMap((name, column) => (accepted.includes(name) ? [column] : []))
    if (matches.length === 1) columns[field] = matches[0]
    else missing.push(`${accepted[0]} (${matches.length === 0 ? 'not found' : 'found twice'})`)
  }

  if (missing.length > 0) {
    throw new CodeDeskError(
      'invalid-file',
      `The PPRRVU header lacks the columns ${missing.join(', ')}. Columns found: ${names.filter((name) => name !== '').join(', ')}.`,
    )
  }

  return columns as Record<keyof PprrvuFields, number>
}

/** The rows of a CMS PPRRVU CSV file and the title rows above its header (for the release). */
export interface ParsedPprrvuCsv extends ParsedRows<PprrvuRow> {
  titles: string[]
}

/**
 * Parses a CMS PPRRVU CSV file: finds the multi-row header, maps each field to its column by the
 * joined header names, then reads every data row. Rows with invalid fields or broken quoting
 * become row problems with their line numbers; the other rows are read.
 */
export function parsePprrvuCsv(text: string): ParsedPprrvuCsv {
  const rowProblems: ImportRowProblem[] = []
  const records = parse(text, {
    bom: true,
    info: true,
    relax_column_count: true,
    skip_records_with_error: true,
    on_skip: (error) => {
      if (error !== undefined) {
        const line = typeof error.lines === 'number' ? error.lines : 0
        rowProblems.push({ line, reason: `invalid CSV: ${error.message}` })
      }
      return undefined
    },
  }) as unknown as CsvRecord[]

  const { names, dataStart, titles } = readHeader(records)
  const columns = findColumns(names)
  const rows: PprrvuRow[] = []

  for (const { record, info } of records.slice(dataStart)) {
    if (record.every((cell) => isBlank(cell))) continue

    const fields = Object.fromEntries(
      Object.entries(columns).map(([field, column]) => [field, record[column] ?? '']),
    ) as unknown as PprrvuFields
    const parsed = parsePprrvuFields(info.lines, fields)
    if (parsed.ok) rows.push(parsed.row)
    else rowProblems.push({ line: info.lines, reason: parsed.reason })
  }

  return { rows, rowProblems: rowProblems.sort((a, b) => a.line - b.line), titles }
}
