import type { ImportRowProblem } from '../../../shared/api/types'
import type { ParsedRows } from '../ImportOptions'

/**
 * Field positions (1-based, inclusive) of the 320-character HCPCS Level II record, from CMS's
 * "HCPCS Contractor Record - 2019" record layout (RIF report, 10/31/2018), which the 2020 annual
 * file follows too.
 */
export const HCPCS_LAYOUT = {
  code: [1, 5],
  modifier: [4, 5],
  sequence: [6, 10],
  recordId: [11, 11],
  longDescription: [12, 91],
  shortDescription: [92, 119],
  addedDate: [269, 276],
  actionEffectiveDate: [277, 284],
  terminationDate: [285, 292],
  actionCode: [293, 293],
} as const satisfies Record<string, readonly [number, number]>

/**
 * Record identification codes: 3 starts a procedure record and 4 continues its long
 * description; 7 and 8 do the same for modifier records.
 */
const FIRST_RECORD_IDS = new Set(['3', '7'])
const CONTINUATION_IDS = new Set(['4', '8'])

// A record: a five-character code (or three blanks and a two-character modifier), a five-digit
// sequence number and a record identification code.
const RECORD_START = /^(?:[A-Z0-9]{5}| {3}[A-Z0-9]{2})\d{5}[3478]/

/** One HCPCS Level II code or modifier with its continuation records joined. */
export interface HcpcsRecord {
  line: number
  kind: 'procedure' | 'modifier'
  /** The HCPCS code, or the two-character modifier for a modifier record. */
  code: string
  longDescription: string
  shortDescription: string
  /** Dates as YYYY-MM-DD, or null when blank. */
  addedDate: string | null
  actionEffectiveDate: string | null
  terminationDate: string | null
  actionCode: string
}

function field(line: string, name: keyof typeof HCPCS_LAYOUT): string {
  const [from, to] = HCPCS_LAYOUT[name]
  return line.slice(from - 1, to)
}

function parseDate(text: string): string | null | undefined {
  const trimmed = text.trim()
  if (trimmed === '') return null
  if (!/^\d{8}$/.test(trimmed)) return undefined

  return `${trimmed.slice(0, 4)}-${trimmed.slice(4, 6)}-${trimmed.slice(6, 8)}`
}

function firstRecord(line: string, lineNumber: number): HcpcsRecord | string {
  const kind = field(line, 'recordId') === '3' ? 'procedure' : 'modifier'
  const dates = {
    addedDate: parseDate(field(line, 'addedDate')),
    actionEffectiveDate: parseDate(field(line, 'actionEffectiveDate')),
    terminationDate: parseDate(field(line, 'terminationDate')),
  }
  for (const [name, value] of Object.entries(dates)) {
    if (value === undefined) return `${name} is not a date of eight digits (YYYYMMDD)`
  }

  return {
    line: lineNumber,
    kind,
    code: kind === 'procedure' ? field(line, 'code') : field(line, 'modifier'),
    longDescription: field(line, 'longDescription').trim(),
    shortDescription: field(line, 'shortDescription').trim(),
    addedDate: dates.addedDate ?? null,
    actionEffectiveDate: dates.actionEffectiveDate ?? null,
    terminationDate: dates.terminationDate ?? null,
    actionCode: field(line, 'actionCode').trim(),
  }
}

/**
 * Parses the HCPCS Level II annual file (fixed width, 320 characters). Lines before the first
 * record are the disclaimer and are skipped. Continuation records (identification 4 or 8) append
 * their text to the long description of the record before them, joined with one space because
 * CMS wraps descriptions between words. Continuation records are often shorter than 320
 * characters, so every line is read as if padded with blanks.
 */
export function parseHcpcsFile(text: string): ParsedRows<HcpcsRecord> {
  const rows: HcpcsRecord[] = []
  const rowProblems: ImportRowProblem[] = []
  const lines = text.split(/\r?\n/)
  let started = false

  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? ''
    const lineNumber = index + 1
    if (line.trim() === '') continue

    if (!RECORD_START.test(line)) {
      if (started) {
        rowProblems.push({
          line: lineNumber,
          reason: 'line is not an HCPCS record (code, sequence number and record id)',
        })
      }
      continue
    }
    started = true

    const recordId = field(line, 'recordId')
    if (CONTINUATION_IDS.has(recordId)) {
      const previous = rows.at(-1)
      const code = recordId === '4' ? field(line, 'code') : field(line, 'modifier')
      if (previous === undefined || previous.code !== code) {
        rowProblems.push({
          line: lineNumber,
          reason: `continuation record for ${code.trim()} does not follow a first record of that code`,
        })
        continue
      }
      const more = field(line, 'longDescription').trim()
      if (more !== '') previous.longDescription = `${previous.longDescription} ${more}`.trim()
      continue
    }

    if (!FIRST_RECORD_IDS.has(recordId)) continue
    const record = firstRecord(line, lineNumber)
    if (typeof record === 'string') rowProblems.push({ line: lineNumber, reason: record })
    else rows.push(record)
  }

  return { rows, rowProblems }
}
