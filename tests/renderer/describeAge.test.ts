import { describe, expect, it } from 'vitest'

import { describeAge } from '../../src/renderer/src/review/describeAge'

const SUBMITTED = '2026-03-02T10:00:00.000Z'

function after(milliseconds: number): number {
  return Date.parse(SUBMITTED) + milliseconds
}

describe('describeAge', () => {
  it('says less than a minute at first', () => {
    expect(describeAge(SUBMITTED, after(0))).toBe('less than a minute')
    expect(describeAge(SUBMITTED, after(59_999))).toBe('less than a minute')
  })

  it('counts whole minutes, hours and days', () => {
    expect(describeAge(SUBMITTED, after(60_000))).toBe('1 minute')
    expect(describeAge(SUBMITTED, after(5 * 60_000 + 30_000))).toBe('5 minutes')
    expect(describeAge(SUBMITTED, after(2 * 3_600_000))).toBe('2 hours')
    expect(describeAge(SUBMITTED, after(3 * 86_400_000))).toBe('3 days')
  })

  it('treats a time in the future as now', () => {
    expect(describeAge(SUBMITTED, after(-5_000))).toBe('less than a minute')
  })
})
