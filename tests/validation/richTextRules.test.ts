import { describe, expect, it } from 'vitest'

import type { RichTextDoc } from '../../src/shared/model/richText'
import { makeEntry } from '../helpers/entryFactory'
import { messagesOf, problemsOf } from './validationHarness'

const paragraph = (text: string) => ({
  type: 'paragraph',
  content: text === '' ? [] : [{ type: 'text', text }],
})

describe('richtext/edge-paragraph', () => {
  it('accepts text without blank edges, and an empty field', () => {
    const entry = makeEntry('M1440', {
      summary: { type: 'doc', content: [paragraph('One'), paragraph(''), paragraph('Two')] },
      plainLanguage: { type: 'doc', content: [paragraph('')] },
    })

    expect(messagesOf('richtext/edge-paragraph', entry)).toEqual([])
  })

  it('warns about blank paragraphs at the start and end', () => {
    const entry = makeEntry('M1440', {
      summary: { type: 'doc', content: [paragraph(''), paragraph('Text'), paragraph('  ')] },
    })
    const problems = problemsOf('richtext/edge-paragraph', entry)

    expect(problems.map((problem) => problem.severity)).toEqual(['warning', 'warning'])
    expect(problems.map((problem) => problem.message)).toEqual([
      'summary: starts with an empty paragraph. Delete the blank line at the top.',
      'summary: ends with an empty paragraph. Delete the blank line at the end.',
    ])
  })
})

describe('richtext/unknown-type', () => {
  it('accepts every node and mark the editor offers', () => {
    const doc: RichTextDoc = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'a', marks: [{ type: 'bold' }, { type: 'italic' }] },
            { type: 'hardBreak' },
          ],
        },
        { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph('b')] }] },
        { type: 'orderedList', content: [{ type: 'listItem', content: [paragraph('c')] }] },
      ],
    }

    expect(messagesOf('richtext/unknown-type', makeEntry('M1440', { summary: doc }))).toEqual([])
  })

  it('reports nodes and marks left in an old file', () => {
    const doc: RichTextDoc = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Old' }] },
        {
          type: 'paragraph',
          content: [{ type: 'text', text: 'under', marks: [{ type: 'underline' }] }],
        },
        { type: 'table', content: [] },
      ],
    }
    const problems = problemsOf(
      'richtext/unknown-type',
      makeEntry('M1440', { clinicalContext: doc }),
    )

    expect(problems.map((problem) => problem.severity)).toEqual(['error', 'error'])
    expect(problems.map((problem) => problem.message)).toEqual([
      "clinicalContext: contains the node type 'heading', 'table', which the editor and the site do not support. Retype that text as paragraphs or lists.",
      "clinicalContext: contains the mark 'underline', which the editor and the site do not support. Remove that formatting or use bold, italic or a link.",
    ])
  })
})
