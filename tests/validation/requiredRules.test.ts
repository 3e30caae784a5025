import { describe, expect, it } from 'vitest'

import type { Entry, EntryStatus } from '../../src/shared/model/entry'
import { emptyDoc } from '../../src/shared/model/richText'
import { validateForSubmission } from '../../src/shared/validation/validateForSubmission'
import { makeEntry } from '../helpers/entryFactory'
import { makeContext, messagesOf } from './validationHarness'

function withStatus(entry: Entry, status: EntryStatus): Entry {
  return { ...entry, workflow: { ...entry.workflow, status } }
}

const incomplete = (status: EntryStatus) =>
  withStatus(
    makeEntry('M1440', {
      title: ' ',
      summary: emptyDoc(),
      plainLanguage: { type: 'doc', content: [{ type: 'paragraph' }] },
      clinicalContext: emptyDoc(),
      specialties: [],
      faqs: [],
    }),
    status,
  )

describe('required/content', () => {
  it('lets a draft be incomplete', () => {
    expect(messagesOf('required/content', incomplete('draft'))).toEqual([])
  })

  it('lists every missing part once the entry is in review', () => {
    expect(messagesOf('required/content', incomplete('in-review'))).toEqual([
      'title: entry M1440 has no title, and review needs one. Write the short title.',
      'summary: the summary of M1440 is empty, and review needs it. Write the summary.',
      'plainLanguage: the plain-language explanation of M1440 is empty, and review needs it. Write the plain-language explanation.',
      'clinicalContext: the clinical context of M1440 is empty, and review needs it. Write the clinical context.',
      'specialties: entry M1440 has 0 specialties, fewer than the 1 required once it leaves draft. Add 1 more.',
      'faqs: entry M1440 has 0 FAQs, fewer than the 2 required once it leaves draft. Add 2 more.',
    ])
  })

  it('applies to every status after draft', () => {
    for (const status of ['changes-requested', 'approved', 'published'] as const) {
      expect(messagesOf('required/content', incomplete(status))).toHaveLength(6)
    }
  })

  it('reads minFaqs and minSpecialties from the workspace', () => {
    const entry = withStatus(makeEntry('M1440'), 'in-review')

    expect(
      messagesOf('required/content', entry, {
        workspace: { validation: { minFaqs: 3, minSpecialties: 2 } },
      }),
    ).toEqual([
      'specialties: entry M1440 has 1 specialties, fewer than the 2 required once it leaves draft. Add 1 more.',
      'faqs: entry M1440 has 2 FAQs, fewer than the 3 required once it leaves draft. Add 1 more.',
    ])
  })
})

describe('specialties/unknown', () => {
  it('accepts specialties from the taxonomy', () => {
    expect(messagesOf('specialties/unknown', makeEntry('M1440'))).toEqual([])
  })

  it('rejects an id the taxonomy does not list', () => {
    const entry = makeEntry('M1440', { specialties: ['telehealth', 'cardiology'] })

    expect(messagesOf('specialties/unknown', entry)).toEqual([
      "specialties[1]: 'cardiology' is not a specialty in the taxonomy. Pick one from the list or add it to taxonomy.json.",
    ])
  })
})

describe('validateForSubmission', () => {
  it('holds a draft to the complete-content rules', () => {
    const draft = incomplete('draft')
    const problems = validateForSubmission(draft, makeContext(draft))

    expect(problems.filter((problem) => problem.ruleId === 'required/content')).toHaveLength(6)
  })

  it('returns errors only', () => {
    const entry = makeEntry('M1440', { category: '', synonyms: ['Title of M1440'] })
    const problems = validateForSubmission(entry, makeContext(entry))

    expect(problems).toEqual([])
  })

  it('returns nothing for a complete entry', () => {
    const entry = makeEntry('M1440')

    expect(validateForSubmission(entry, makeContext(entry))).toEqual([])
  })

  it('reports the problem against the entry code', () => {
    const entry = makeEntry('M1440', { title: '' })
    const [problem] = validateForSubmission(entry, makeContext(entry))

    expect(problem?.code).toBe('M1440')
    expect(problem?.field).toBe('title')
  })
})
