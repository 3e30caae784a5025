import { describe, expect, it } from 'vitest'

import {
  countByStatus,
  type EntryFilters,
  NO_FILTERS,
  selectVisibleEntries,
} from '../../src/renderer/src/entries/entryFilters'
import type { EntrySummary } from '../../src/shared/api/types'

function summary(code: string, overrides: Partial<EntrySummary> = {}): EntrySummary {
  return {
    code,
    codeSystem: 'hcpcs-level-2',
    title: `Title of ${code}`,
    category: 'hcpcs-m',
    synonyms: [],
    specialties: [],
    status: 'draft',
    revision: 1,
    updatedAt: '2026-01-01T00:00:00.000Z',
    updatedBy: 'Ana Writer',
    rvuRelease: null,
    errorCount: 0,
    warningCount: 0,
    ...overrides,
  }
}

const sorted = [
  summary('G0071', {
    category: 'hcpcs-g',
    status: 'approved',
    updatedAt: '2026-03-01T00:00:00.000Z',
  }),
  summary('J0129', { category: 'hcpcs-j', specialties: ['rheumatology'], errorCount: 2 }),
  summary('M1440', {
    specialties: ['telehealth'],
    warningCount: 1,
    updatedAt: '2026-05-01T00:00:00.000Z',
  }),
]
const byCode = new Map(sorted.map((row) => [row.code, row]))

function codes(searchCodes: string[] | null, filters: Partial<EntryFilters> = {}): string[] {
  return selectVisibleEntries(byCode, sorted, searchCodes, { ...NO_FILTERS, ...filters }).map(
    (row) => row.code,
  )
}

describe('selectVisibleEntries', () => {
  it('keeps search order for best match', () => {
    expect(codes(['M1440', 'G0071'])).toEqual(['M1440', 'G0071'])
  })

  it('drops search codes without a summary', () => {
    expect(codes(['X9999', 'J0129'])).toEqual(['J0129'])
  })

  it('sorts by code or last change', () => {
    expect(codes(['M1440', 'G0071'], { sort: 'code' })).toEqual(['G0071', 'M1440'])
    expect(codes(null, { sort: 'updated' })).toEqual(['M1440', 'G0071', 'J0129'])
  })

  it('filters by status, category and specialty', () => {
    expect(codes(null, { status: 'approved' })).toEqual(['G0071'])
    expect(codes(null, { category: 'hcpcs-j' })).toEqual(['J0129'])
    expect(codes(null, { specialty: 'telehealth' })).toEqual(['M1440'])
  })

  it('filters by problems', () => {
    expect(codes(null, { problems: 'errors' })).toEqual(['J0129'])
    expect(codes(null, { problems: 'warnings' })).toEqual(['M1440'])
    expect(codes(null, { problems: 'none' })).toEqual(['G0071'])
  })
})

describe('countByStatus', () => {
  it('counts every status', () => {
    expect(countByStatus(sorted)).toEqual({
      draft: 2,
      'in-review': 0,
      'changes-requested': 0,
      approved: 1,
      published: 0,
    })
  })
})
