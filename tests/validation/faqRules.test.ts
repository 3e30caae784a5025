import { describe, expect, it } from 'vitest'

import type { Faq } from '../../src/shared/model/entry'
import { docFromParagraphs, emptyDoc } from '../../src/shared/model/richText'
import { makeEntry } from '../helpers/entryFactory'
import { messagesOf, problemsOf } from './validationHarness'

function faq(id: string, question: string, answer: string[]): Faq {
  return { id, question, answer: docFromParagraphs(answer) }
}

describe('faqs/question', () => {
  it('accepts questions ending with a question mark', () => {
    expect(messagesOf('faqs/question', makeEntry('M1440'))).toEqual([])
  })

  it('rejects a missing question mark and an empty question', () => {
    const entry = makeEntry('M1440', {
      faqs: [faq('faq-one', 'Who reports it', ['A clinician.']), faq('faq-two', ' ', ['Yes.'])],
    })

    expect(messagesOf('faqs/question', entry)).toEqual([
      "faqs[0].question: 'Who reports it' does not end with '?'. Add the question mark.",
      "faqs[1].question: the question is empty. Write the question, ending with '?'.",
    ])
  })
})

describe('faqs/duplicate', () => {
  it('accepts different questions', () => {
    expect(messagesOf('faqs/duplicate', makeEntry('M1440'))).toEqual([])
  })

  it('rejects the same question asked twice, ignoring case and spacing', () => {
    const entry = makeEntry('M1440', {
      faqs: [
        faq('faq-one', 'Who reports it?', ['A clinician.']),
        faq('faq-two', 'Is it paid?', ['No.']),
        faq('faq-three', 'who  reports it? ', ['The clinic.']),
      ],
    })

    expect(messagesOf('faqs/duplicate', entry)).toEqual([
      "faqs[2].question: 'who  reports it?' repeats the question of faqs[0]. Merge the two FAQs or ask something else.",
    ])
  })
})

describe('faqs/answer', () => {
  it('accepts written answers', () => {
    expect(messagesOf('faqs/answer', makeEntry('M1440'))).toEqual([])
  })

  it('rejects an empty answer, as the editor leaves it', () => {
    const entry = makeEntry('M1440', {
      faqs: [
        faq('faq-one', 'Who reports it?', ['A clinician.']),
        {
          id: 'faq-two',
          question: 'Is it paid?',
          answer: { type: 'doc', content: [{ type: 'paragraph' }] },
        },
        { id: 'faq-three', question: 'When?', answer: emptyDoc() },
      ],
    })

    expect(messagesOf('faqs/answer', entry)).toEqual([
      "faqs[1].answer: the answer to 'Is it paid?' is empty. Write the answer or remove the FAQ.",
      "faqs[2].answer: the answer to 'When?' is empty. Write the answer or remove the FAQ.",
    ])
  })
})

describe('faqs/repeated-text', () => {
  const summary = 'Code M1440 reports a telehealth encounter for quality data.'

  it('accepts an answer that shares only short phrases', () => {
    const entry = makeEntry('M1440', {
      summary: docFromParagraphs([summary]),
      faqs: [faq('faq-one', 'What is it?', ['It reports quality data.', 'Payers decide.'])],
    })

    expect(messagesOf('faqs/repeated-text', entry)).toEqual([])
  })

  it('warns when an answer copies a sentence of another section', () => {
    const entry = makeEntry('M1440', {
      summary: docFromParagraphs([summary]),
      faqs: [faq('faq-one', 'What is it?', [`In short: yes. ${summary.toUpperCase()}`])],
    })
    const [problem] = problemsOf('faqs/repeated-text', entry)

    expect(problem?.severity).toBe('warning')
    expect(problem?.message).toBe(
      "faqs[0].answer: the sentence 'code m1440 reports a telehealth encounter for quality data.' is copied word for word from summary. Answer in new words, or shorten the answer and point to that section.",
    )
  })

  it('finds a copied sentence whatever its spacing, but not across a line break', () => {
    const entry = makeEntry('M1440', {
      summary: docFromParagraphs([summary]),
      faqs: [
        faq('faq-one', 'What is it?', [
          'Short.\t Code  M1440 reports a\u00a0telehealth encounter for\tquality data.',
        ]),
        faq('faq-two', 'And this?', [
          'Code M1440 reports a telehealth\nencounter for quality data.',
        ]),
      ],
    })

    expect(problemsOf('faqs/repeated-text', entry).map((problem) => problem.field)).toEqual([
      'faqs[0].answer',
    ])
  })

  it('warns about the later of two answers that repeat each other', () => {
    const answer = 'The clinician who saw the patient reports the code on the claim.'
    const entry = makeEntry('M1440', {
      faqs: [faq('faq-one', 'Who reports it?', [answer]), faq('faq-two', 'Who bills?', [answer])],
    })

    expect(problemsOf('faqs/repeated-text', entry).map((problem) => problem.field)).toEqual([
      'faqs[1].answer',
    ])
  })
})
