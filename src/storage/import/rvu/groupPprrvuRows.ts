import type { ImportRowProblem } from '../../../shared/api/types'
import type { RvuValues } from '../../../shared/model/rvu'
import type { PprrvuRow } from './PprrvuRow'

/** The rows of one HCPCS code that an entry keeps: global, modifier 26 and modifier TC. */
export interface PprrvuCodeRows {
  global: RvuValues | null
  professional: RvuValues | null
  technical: RvuValues | null
  /** Modifiers with rows of their own that entries do not keep, such as 53. */
  otherModifiers: string[]
}

const SLOTS: Record<string, 'global' | 'professional' | 'technical'> = {
  '': 'global',
  '26': 'professional',
  TC: 'technical',
}

/**
 * Groups rows by HCPCS code, keyed by modifier. A second row for the same code and modifier is a
 * row problem and the first one is kept.
 */
export function groupPprrvuRows(rows: readonly PprrvuRow[]): {
  codes: Map<string, PprrvuCodeRows>
  rowProblems: ImportRowProblem[]
} {
  const codes = new Map<string, PprrvuCodeRows>()
  const firstLines = new Map<string, number>()
  const rowProblems: ImportRowProblem[] = []

  for (const row of rows) {
    const key = `${row.hcpcs} ${row.modifier}`
    const firstLine = firstLines.get(key)
    if (firstLine !== undefined) {
      rowProblems.push({
        line: row.line,
        reason: `duplicate row for ${row.hcpcs}${row.modifier === '' ? '' : ` modifier ${row.modifier}`}; line ${firstLine} is used`,
      })
      continue
    }
    firstLines.set(key, row.line)

    let grouped = codes.get(row.hcpcs)
    if (grouped === undefined) {
      grouped = { global: null, professional: null, technical: null, otherModifiers: [] }
      codes.set(row.hcpcs, grouped)
    }

    const slot = SLOTS[row.modifier]
    if (slot === undefined) grouped.otherModifiers.push(row.modifier)
    else grouped[slot] = row.values
  }

  return { codes, rowProblems }
}
