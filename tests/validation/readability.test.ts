import { describe, expect, it } from 'vitest'

import { docFromParagraphs } from '../../src/shared/model/richText'
import { fleschKincaidGrade } from '../../src/shared/validation/readingGrade'
import { makeEntry } from '../helpers/entryFactory'
import { messagesOf, problemsOf } from './validationHarness'

describe('fleschKincaidGrade', () => {
  it('applies the formula to counted words, sentences and syllables', () => {
    const result = fleschKincaidGrade('The cat sat on the mat.')

    expect(result?.words).toBe(6)
    expect(result?.sentences).toBe(1)
    expect(result?.syllables).toBe(6)
    // 0.39 * 6 + 11.8 * 1 - 15.59 = -1.45, rounded to one decimal.
    expect(result?.grade).toBe(-1.4)
  })

  it('averages sentences across several', () => {
    const result = fleschKincaidGrade('The cat sat. The dog ran off!')

    expect(result?.sentences).toBe(2)
    expect(result?.words).toBe(7)
  })

  it('counts syllables of long words', () => {
    const result = fleschKincaidGrade('Comprehensive cardiovascular rehabilitation evaluation.')

    expect(result?.syllables).toBe(21)
    // 0.39 * 4 + 11.8 * 21 / 4 - 15.59 = 47.92
    expect(result?.grade).toBe(47.9)
  })

  it('treats a line break as a sentence end', () => {
    expect(fleschKincaidGrade('One short line\nAnother short line')?.sentences).toBe(2)
  })

  it('ignores list markers', () => {
    expect(fleschKincaidGrade('- one\n- two')?.words).toBe(2)
    expect(fleschKincaidGrade('1. one\n2. two')?.words).toBe(2)
  })

  it('keeps a decimal number in one sentence', () => {
    expect(fleschKincaidGrade('It pays 3.5 units.')?.sentences).toBe(1)
  })

  it('returns null for text without words', () => {
    expect(fleschKincaidGrade(' ... ')).toBeNull()
  })
})

const hard = docFromParagraphs([
  'Comprehensive cardiovascular rehabilitation necessitates individualized therapeutic interventions.',
])
const medium = docFromParagraphs([
  // Grade 8.8: 12 words, 1 sentence, 20 syllables.
  'Your doctor reviews your medicines and records the conversation in your chart.',
])

describe('readability/grade', () => {
  it('accepts simple plain language', () => {
    expect(messagesOf('readability/grade', makeEntry('M1440'))).toEqual([])
  })

  it('warns above readingGradeWarning', () => {
    const [problem] = problemsOf('readability/grade', makeEntry('M1440', { plainLanguage: medium }))

    expect(problem?.severity).toBe('warning')
    expect(problem?.message).toBe(
      'plainLanguage: reads at grade 8.8 (Flesch-Kincaid: 12 words, 1 sentences, 20 syllables), above the limit of 8. Use shorter sentences and shorter words.',
    )
  })

  it('is an error above readingGradeError', () => {
    const [problem] = problemsOf('readability/grade', makeEntry('M1440', { plainLanguage: hard }))

    expect(problem?.severity).toBe('error')
    expect(problem?.message).toContain('above the limit of 12.')
  })

  it('reads both thresholds from the workspace', () => {
    const entry = makeEntry('M1440', { plainLanguage: hard })
    const options = {
      workspace: { validation: { readingGradeWarning: 60, readingGradeError: 70 } },
    }

    expect(messagesOf('readability/grade', entry, options)).toEqual([])
  })
})

describe('readability/jargon', () => {
  it('accepts text without glossary terms', () => {
    expect(messagesOf('readability/jargon', makeEntry('M1440'))).toEqual([])
  })

  it('suggests the plain words for a glossary term', () => {
    const entry = makeEntry('M1440', {
      plainLanguage: docFromParagraphs(['Your Telehealth visit checks your hypertension.']),
    })

    expect(messagesOf('readability/jargon', entry)).toEqual([
      "plainLanguage: 'Telehealth' is clinical jargon a patient may not know. Write 'a visit by video or phone' instead.",
      "plainLanguage: 'hypertension' is clinical jargon a patient may not know. Write 'high blood pressure' instead.",
    ])
  })

  it('matches whole words only', () => {
    const entry = makeEntry('M1440', {
      plainLanguage: docFromParagraphs(['Antihypertensions are not a word here.']),
    })

    expect(messagesOf('readability/jargon', entry)).toEqual([])
  })
})
