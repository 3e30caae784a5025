import { describe, expect, it } from 'vitest'

import { docFromParagraphs } from '../../src/shared/model/richText'
import { makeEntry } from '../helpers/entryFactory'
import { messagesOf, problemsOf } from './validationHarness'

describe('length/title', () => {
  it('accepts a title of exactly the maximum', () => {
    expect(messagesOf('length/title', makeEntry('M1440', { title: 'x'.repeat(28) }))).toEqual([])
  })

  it('rejects a title one character over', () => {
    const title = 'Telehealth encounter for MIPS'

    expect(messagesOf('length/title', makeEntry('M1440', { title }))).toEqual([
      "title: 'Telehealth encounter for MIPS' has 29 characters, more than the maximum of 28. Shorten it to at most 28.",
    ])
  })

  it('counts an accented letter once', () => {
    expect(messagesOf('length/title', makeEntry('M1440', { title: 'é'.repeat(28) }))).toEqual([])
  })
})

describe('length/summary', () => {
  it('accepts a summary of 160 characters', () => {
    const entry = makeEntry('M1440', { summary: docFromParagraphs(['a'.repeat(160)]) })

    expect(messagesOf('length/summary', entry)).toEqual([])
  })

  it('warns about a longer summary, counting across paragraphs', () => {
    const entry = makeEntry('M1440', {
      summary: docFromParagraphs(['Code M1440 reports a visit. '.repeat(4), 'x'.repeat(50)]),
    })
    const [problem] = problemsOf('length/summary', entry)

    expect(problem?.severity).toBe('warning')
    expect(problem?.message).toBe(
      "summary: 'Code M1440 reports a visit. Code M1440…' has 162 characters, more than the 160 a search result shows as the page's description. Shorten it by 2.",
    )
  })
})
