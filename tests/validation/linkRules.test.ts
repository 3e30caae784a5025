import { describe, expect, it } from 'vitest'

import type { RichTextDoc, RichTextNode } from '../../src/shared/model/richText'
import { docFromParagraphs } from '../../src/shared/model/richText'
import { makeEntry } from '../helpers/entryFactory'
import { messagesOf, problemsOf } from './validationHarness'

function link(
  text: string,
  href: string | null,
  extraMarks: RichTextNode['marks'] = [],
): RichTextNode {
  return {
    type: 'text',
    text,
    marks: [...extraMarks, { type: 'link', attrs: href === null ? {} : { href } }],
  }
}

function paragraphDoc(...content: RichTextNode[]): RichTextDoc {
  return { type: 'doc', content: [{ type: 'paragraph', content }] }
}

describe('links/protocol', () => {
  it('accepts http, https and mailto links', () => {
    const entry = makeEntry('M1440', {
      clinicalContext: paragraphDoc(
        link('CMS', 'https://www.cms.gov/'),
        { type: 'text', text: ' and ' },
        link('old site', 'http://example.org'),
        link('write to us', 'mailto:codes@example.org'),
      ),
    })

    expect(messagesOf('links/protocol', entry)).toEqual([])
  })

  it('rejects script, relative and missing hrefs', () => {
    const entry = makeEntry('M1440', {
      clinicalContext: paragraphDoc(
        link('click', 'javascript:alert(1)'),
        { type: 'text', text: ' ' },
        link('disguised', 'jav&#x09;ascript:alert(1)'),
        { type: 'text', text: ' ' },
        link('other page', '/codes/G2012'),
        { type: 'text', text: ' ' },
        link('nowhere', null),
      ),
    })
    const problems = problemsOf('links/protocol', entry)

    expect(problems.every((problem) => problem.severity === 'error')).toBe(true)
    expect(problems.map((problem) => problem.message)).toEqual([
      "clinicalContext: the link 'click' points to 'javascript:alert(1)'. Use a full http://, https:// or mailto: address.",
      "clinicalContext: the link 'disguised' points to 'jav&#x09;ascript:alert(1)'. Use a full http://, https:// or mailto: address.",
      "clinicalContext: the link 'other page' points to '/codes/G2012'. Use a full http://, https:// or mailto: address.",
      "clinicalContext: the link 'nowhere' has no address. Use a full http://, https:// or mailto: address.",
    ])
  })
})

describe('links/text', () => {
  it('treats a link split by bold as one link with text', () => {
    const href = 'https://www.cms.gov/'
    const entry = makeEntry('M1440', {
      summary: paragraphDoc(link(' ', href), link('CMS', href, [{ type: 'bold' }])),
    })

    expect(messagesOf('links/text', entry)).toEqual([])
  })

  it('rejects a link whose text is blank', () => {
    const entry = makeEntry('M1440', { summary: paragraphDoc(link('  ', 'https://www.cms.gov/')) })

    expect(messagesOf('links/text', entry)).toEqual([
      "summary: the link to 'https://www.cms.gov/' has no text. Write the words a reader clicks, or remove the link.",
    ])
  })
})

describe('links/unknown-code', () => {
  const g2012 = makeEntry('G2012', { category: 'hcpcs-g' })

  it('accepts mentions of codes that have entries, and of the entry itself', () => {
    const entry = makeEntry('M1440', {
      clinicalContext: docFromParagraphs(['M1440 often goes with G2012; see G2012.']),
    })

    expect(messagesOf('links/unknown-code', entry, { others: [g2012] })).toEqual([])
  })

  it('warns once per field about a code without an entry', () => {
    const entry = makeEntry('M1440', {
      clinicalContext: docFromParagraphs(['See G2012, then G2012 again, and CPT 99213.']),
    })
    const problems = problemsOf('links/unknown-code', entry)

    expect(problems.map((problem) => problem.severity)).toEqual(['warning', 'warning'])
    expect(problems.map((problem) => problem.message)).toEqual([
      'clinicalContext: mentions G2012, which has no entry in this folder. Create the G2012 entry or remove the mention.',
      'clinicalContext: mentions 99213, which has no entry in this folder. Create the 99213 entry or remove the mention.',
    ])
  })

  it('does not take a plain five-digit number for a code', () => {
    const entry = makeEntry('M1440', {
      clinicalContext: docFromParagraphs(['About 20000 patients a year.']),
    })

    expect(messagesOf('links/unknown-code', entry)).toEqual([])
  })
})
