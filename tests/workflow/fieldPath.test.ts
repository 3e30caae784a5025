import { describe, expect, it } from 'vitest'

import { currentCommentField, resolveCommentTarget } from '../../src/shared/workflow/fieldPath'
import { makeEntry } from '../helpers/entryFactory'

const entry = makeEntry('M1440')

describe('resolveCommentTarget', () => {
  it.each(['title', 'summary', 'rvu', 'faqs', 'synonyms[1]', 'specialties[0]', 'faqs[1]'])(
    'accepts %s',
    (field) => {
      expect(resolveCommentTarget(entry, field).field).toBe(field)
    },
  )

  it('stores the FAQ id of an FAQ field', () => {
    expect(resolveCommentTarget(entry, 'faqs[1].answer')).toEqual({
      field: 'faqs[1].answer',
      faqId: 'faq-two',
    })
  })

  it('names the list size for an index past the end', () => {
    expect(() => resolveCommentTarget(entry, 'faqs[2].question')).toThrow(
      "Field 'faqs[2].question' does not exist: entry M1440 has 2 faqs. Pick an item that exists.",
    )
  })
})

describe('currentCommentField', () => {
  const comment = { field: 'faqs[0].answer', faqId: 'faq-one' }

  it('follows an FAQ that moved', () => {
    const reordered = { ...entry, faqs: [...entry.faqs].reverse() }

    expect(currentCommentField(comment, reordered)).toBe('faqs[1].answer')
  })

  it('points at the FAQ list when the FAQ is gone', () => {
    const without = { ...entry, faqs: entry.faqs.slice(1) }

    expect(currentCommentField(comment, without)).toBe('faqs')
  })

  it('keeps fields outside the FAQs', () => {
    expect(currentCommentField({ field: 'summary' }, entry)).toBe('summary')
    expect(currentCommentField({ field: null }, entry)).toBeNull()
  })
})
