import { describe, expect, it } from 'vitest'

import { richTextToPlainText } from '../../src/shared/page/richTextToPlainText'

describe('richTextToPlainText', () => {
  it('separates paragraphs with a blank line and keeps hard breaks', () => {
    const text = richTextToPlainText({
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'One' }] },
        { type: 'paragraph', content: [] },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Two' },
            { type: 'hardBreak' },
            { type: 'text', text: 'Three' },
          ],
        },
      ],
    })

    expect(text).toBe('One\n\nTwo\nThree')
  })

  it('writes list items on their own lines', () => {
    const item = (value: string) => ({
      type: 'listItem',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: value }] }],
    })
    const text = richTextToPlainText({
      type: 'doc',
      content: [
        { type: 'bulletList', content: [item('a'), item('b')] },
        { type: 'orderedList', attrs: { start: 2 }, content: [item('c'), item('d')] },
      ],
    })

    expect(text).toBe('- a\n- b\n\n2. c\n3. d')
  })

  it('keeps link text and drops marks', () => {
    const text = richTextToPlainText({
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'see ', marks: [{ type: 'bold' }] },
            {
              type: 'text',
              text: 'CMS',
              marks: [{ type: 'link', attrs: { href: 'https://cms.gov' } }],
            },
          ],
        },
      ],
    })

    expect(text).toBe('see CMS')
  })
})
