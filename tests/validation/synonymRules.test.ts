import { describe, expect, it } from 'vitest'

import { makeEntry } from '../helpers/entryFactory'
import { messagesOf, problemsOf } from './validationHarness'

describe('synonyms/empty', () => {
  it('accepts written synonyms', () => {
    expect(messagesOf('synonyms/empty', makeEntry('M1440'))).toEqual([])
  })

  it('rejects a blank synonym', () => {
    expect(
      messagesOf('synonyms/empty', makeEntry('M1440', { synonyms: ['video visit', '  '] })),
    ).toEqual(['synonyms[1]: synonym 2 of M1440 is empty. Write a lay name or remove it.'])
  })
})

describe('synonyms/duplicate', () => {
  it('accepts distinct synonyms', () => {
    expect(messagesOf('synonyms/duplicate', makeEntry('M1440'))).toEqual([])
  })

  it('ignores case and spacing', () => {
    const entry = makeEntry('M1440', {
      synonyms: ['virtual visit', 'video call', 'Virtual  Visit '],
    })

    expect(messagesOf('synonyms/duplicate', entry)).toEqual([
      "synonyms[2]: 'Virtual  Visit ' repeats synonyms[0] ('virtual visit'). Remove one of them.",
    ])
  })
})

describe('synonyms/title', () => {
  it('accepts synonyms unlike the title', () => {
    expect(messagesOf('synonyms/title', makeEntry('M1440'))).toEqual([])
  })

  it("warns about a synonym equal to the entry's title", () => {
    const entry = makeEntry('M1440', { title: 'Telehealth enc', synonyms: ['telehealth ENC'] })
    const [problem] = problemsOf('synonyms/title', entry)

    expect(problem?.severity).toBe('warning')
    expect(problem?.message).toBe(
      "synonyms[0]: 'telehealth ENC' is the title of M1440, which the page already shows. Replace it with another lay name or remove it.",
    )
  })
})

describe('synonyms/shared', () => {
  const m1426 = makeEntry('M1426', { title: 'Video check-in', synonyms: ['virtual visit'] })

  it('accepts synonyms no other entry uses', () => {
    expect(messagesOf('synonyms/shared', makeEntry('M1440'), { others: [m1426] })).toEqual([])
  })

  it('names the code that has the synonym too', () => {
    const entry = makeEntry('M1440', { synonyms: ['Virtual visit'] })
    const [problem] = problemsOf('synonyms/shared', entry, { others: [m1426] })

    expect(problem?.severity).toBe('warning')
    expect(problem?.field).toBe('synonyms[0]')
    expect(problem?.message).toBe(
      "synonyms[0]: synonym 'Virtual visit' of M1440 is also a synonym of M1426. Remove it from one of them.",
    )
  })

  it('names the code whose title the synonym is', () => {
    const entry = makeEntry('M1440', { synonyms: ['video check-in'] })

    expect(messagesOf('synonyms/shared', entry, { others: [m1426] })).toEqual([
      "synonyms[0]: synonym 'video check-in' of M1440 is the title of M1426. Use a name that points to M1440 alone.",
    ])
  })

  it('lists at most three codes', () => {
    const others = ['M1420', 'M1421', 'M1422', 'M1423', 'M1424'].map((code) =>
      makeEntry(code, { synonyms: ['quality code'] }),
    )
    const entry = makeEntry('M1440', { synonyms: ['quality code'] })

    expect(messagesOf('synonyms/shared', entry, { others })).toEqual([
      "synonyms[0]: synonym 'quality code' of M1440 is also a synonym of M1420, M1421, M1422 and 2 more. Remove it from one of them.",
    ])
  })
})
