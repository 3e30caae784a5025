import { describe, expect, it } from 'vitest'

import { nextInQueue } from '../../src/renderer/src/review/nextInQueue'
import type { ReviewQueueItem } from '../../src/shared/api/types'

function queueOf(...codes: string[]): ReviewQueueItem[] {
  return codes.map((code, index) => ({
    code,
    title: `Title of ${code}`,
    author: 'Ana Writer',
    submittedAt: `2026-03-0${index + 1}T10:00:00.000Z`,
    revision: 1,
  }))
}

describe('nextInQueue', () => {
  it('returns the entry after the finished one', () => {
    expect(nextInQueue(queueOf('M1440', 'G0130', 'A4550'), 'G0130')).toBe('A4550')
  })

  it('returns the previous entry after the last one', () => {
    expect(nextInQueue(queueOf('M1440', 'G0130', 'A4550'), 'A4550')).toBe('G0130')
  })

  it('returns null after the only entry', () => {
    expect(nextInQueue(queueOf('M1440'), 'M1440')).toBeNull()
  })

  it('returns null for an empty queue', () => {
    expect(nextInQueue([], 'M1440')).toBeNull()
  })

  it('returns the first entry for a code not in the queue', () => {
    expect(nextInQueue(queueOf('M1440', 'G0130'), 'A4550')).toBe('M1440')
  })
})
