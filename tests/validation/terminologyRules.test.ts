import { describe, expect, it } from 'vitest'

import type { Entry } from '../../src/shared/model/entry'
import { docFromParagraphs } from '../../src/shared/model/richText'
import { makeEntry } from '../helpers/entryFactory'
import { messagesOf, problemsOf } from './validationHarness'

function withClinicalContext(code: string, text: string, overrides: Partial<Entry> = {}): Entry {
  return makeEntry(code, { clinicalContext: docFromParagraphs([text]), ...overrides })
}

describe('terminology/code-system', () => {
  it('accepts correct names for both code systems', () => {
    const hcpcs = withClinicalContext(
      'M1440',
      'M1440 is an HCPCS Level II code. This HCPCS code travels with CPT code 99213.',
    )
    const cpt = withClinicalContext(
      '99213',
      'This CPT code is also called an HCPCS Level I code. 99213 is a CPT code.',
      { category: 'cpt-em' },
    )

    expect(messagesOf('terminology/code-system', hcpcs)).toEqual([])
    expect(messagesOf('terminology/code-system', cpt)).toEqual([])
  })

  it('rejects "This CPT code" in an HCPCS entry', () => {
    const entry = makeEntry('M1440', {
      faqs: [
        ...makeEntry('M1440').faqs,
        {
          id: 'faq-three',
          question: 'Is it billed alone?',
          answer: docFromParagraphs(['This CPT code is reported with the visit.']),
        },
      ],
    })
    const [problem] = problemsOf('terminology/code-system', entry)

    expect(problem?.severity).toBe('error')
    expect(problem?.field).toBe('faqs[2].answer')
    expect(problem?.message).toBe(
      "faqs[2].answer: 'This CPT code' calls M1440 a CPT code, but M1440 is an HCPCS Level II code. Call it an HCPCS code.",
    )
  })

  it('rejects an HCPCS code named as a CPT code', () => {
    const entry = withClinicalContext('G2012', 'Bill it with M1440, because M1440 is a CPT code.', {
      category: 'hcpcs-g',
    })

    expect(messagesOf('terminology/code-system', entry)).toEqual([
      "clinicalContext: 'M1440 is a CPT code' calls M1440 a CPT code, but M1440 is an HCPCS Level II code. Call it an HCPCS code.",
    ])
  })

  it('rejects "CPT code" before an HCPCS code', () => {
    const entry = withClinicalContext('M1440', 'Report CPT code G2012 for the call.')

    expect(messagesOf('terminology/code-system', entry)).toEqual([
      "clinicalContext: 'CPT code G2012' calls G2012 a CPT code, but G2012 is an HCPCS Level II code. Call it an HCPCS code.",
    ])
  })

  it('rejects a CPT code called an HCPCS code', () => {
    const entry = withClinicalContext('99213', 'This code is an HCPCS Level II code.', {
      category: 'cpt-em',
    })

    expect(messagesOf('terminology/code-system', entry)).toEqual([
      "clinicalContext: 'This code is an HCPCS Level II code' calls 99213 an HCPCS code, but 99213 is a CPT Category I code. Call it a CPT code.",
    ])
  })

  it('accepts a negated claim and a question', () => {
    const entry = withClinicalContext('M1440', 'M1440 is not a CPT code. Is M1440 a CPT code?')

    expect(messagesOf('terminology/code-system', entry)).toEqual([])
  })

  it('checks the title, synonyms and FAQ questions too', () => {
    const entry = makeEntry('M1440', {
      synonyms: ['this CPT code'],
      faqs: [
        {
          id: 'faq-one',
          question: 'What does this CPT code cover?',
          answer: docFromParagraphs(['It is not.']),
        },
      ],
    })

    expect(problemsOf('terminology/code-system', entry).map((problem) => problem.field)).toEqual([
      'synonyms[0]',
      'faqs[0].question',
    ])
  })
})

describe('terminology/article', () => {
  it('accepts articles that agree with the spoken name', () => {
    const entry = withClinicalContext(
      'M1440',
      'It is an M code and an HCPCS code, not a CPT code. A G code or an E/M visit may go with it, as may a 99213 visit.',
    )

    expect(messagesOf('terminology/article', entry)).toEqual([])
  })

  it('corrects the article before a code group letter', () => {
    const entry = withClinicalContext('M1440', 'A M code reports quality data.')
    const [problem] = problemsOf('terminology/article', entry)

    expect(problem?.severity).toBe('warning')
    expect(problem?.message).toBe(
      "clinicalContext: 'A M' has the wrong article, because M is said with a vowel sound first. Write 'An M'.",
    )
  })

  it('corrects the article before an acronym and a code', () => {
    const entry = withClinicalContext(
      'M1440',
      'It is a HCPCS code, an CPT code, and a M1440 claim line.',
    )

    expect(messagesOf('terminology/article', entry)).toEqual([
      "clinicalContext: 'a HCPCS' has the wrong article, because HCPCS is said with a vowel sound first. Write 'an HCPCS'.",
      "clinicalContext: 'an CPT' has the wrong article, because CPT is said with a consonant sound first. Write 'a CPT'.",
      "clinicalContext: 'a M1440' has the wrong article, because M1440 is said with a vowel sound first. Write 'an M1440'.",
    ])
  })

  it('leaves ordinary words alone', () => {
    const entry = withClinicalContext('M1440', 'A MRI is not checked, nor is a I or a US visit.')

    expect(messagesOf('terminology/article', entry)).toEqual([])
  })
})
