import { describe, expect, it } from 'vitest'

import type { RichTextDoc, RichTextNode } from '../../src/shared/model/richText'
import { richTextToHtml } from '../../src/shared/page/richTextToHtml'
import { safeHref } from '../../src/shared/page/safeHref'

function doc(...content: RichTextNode[]): RichTextDoc {
  return { type: 'doc', content }
}

function paragraph(...content: RichTextNode[]): RichTextNode {
  return { type: 'paragraph', content }
}

function text(value: string, marks: RichTextNode['marks'] = undefined): RichTextNode {
  return marks === undefined ? { type: 'text', text: value } : { type: 'text', text: value, marks }
}

function link(value: string, href: string): RichTextDoc {
  return doc(paragraph(text(value, [{ type: 'link', attrs: { href } }])))
}

describe('richTextToHtml', () => {
  it('renders the editor nodes and marks', () => {
    const html = richTextToHtml(
      doc(
        paragraph(
          text('Bold', [{ type: 'bold' }]),
          text(' and '),
          text('it', [{ type: 'italic' }]),
        ),
        paragraph(text('line one'), { type: 'hardBreak' }, text('line two')),
        {
          type: 'bulletList',
          content: [{ type: 'listItem', content: [paragraph(text('first'))] }],
        },
        {
          type: 'orderedList',
          attrs: { start: 3 },
          content: [{ type: 'listItem', content: [paragraph(text('third'))] }],
        },
      ),
    )

    expect(html).toBe(
      '<p><strong>Bold</strong> and <em>it</em></p><p>line one<br />line two</p><ul><li><p>first</p></li></ul><ol start="3"><li><p>third</p></li></ol>',
    )
  })

  it('adds rel noopener noreferrer to links', () => {
    const html = richTextToHtml(link('CMS', 'https://www.cms.gov/medicare'))

    expect(html).toBe(
      '<p><a href="https://www.cms.gov/medicare" rel="noopener noreferrer">CMS</a></p>',
    )
  })

  it('keeps relative and mailto links', () => {
    expect(richTextToHtml(link('see', '/codes/m1440'))).toContain('href="/codes/m1440"')
    expect(richTextToHtml(link('mail', 'mailto:team@example.org'))).toContain(
      'href="mailto:team@example.org"',
    )
  })

  it('escapes markup typed as text', () => {
    const html = richTextToHtml(
      doc(paragraph(text('<script>alert(1)</script><img src=x onerror=alert(1)><svg onload=x>'))),
    )

    expect(html).not.toContain('<script')
    expect(html).not.toContain('<img')
    expect(html).not.toContain('<svg')
    expect(html).toContain('&lt;script&gt;')
  })

  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['upper-case javascript:', 'JavaScript:alert(1)'],
    ['tab inside the scheme', 'java\tscript:alert(1)'],
    ['newline inside the scheme', 'java\nscript:alert(1)'],
    ['leading spaces and controls', ' \u0001javascript:alert(1)'],
    ['hex character reference', 'jav&#x09;ascript:alert(1)'],
    ['decimal character reference', 'jav&#9;ascript:alert(1)'],
    ['reference without semicolon', 'jav&#x09ascript:alert(1)'],
    ['encoded letters', '&#106;&#97;&#118;&#97;script:alert(1)'],
    ['named colon', 'javascript&colon;alert(1)'],
    ['double-encoded reference', 'jav&amp;#x09;ascript:alert(1)'],
    ['vbscript:', 'vbscript:msgbox(1)'],
    ['data: URL', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
    ['protocol-relative URL', '//evil.example/x'],
    ['backslash protocol-relative URL', '\\\\evil.example/x'],
    ['mixed-slash protocol-relative URL', '/\\evil.example/x'],
  ])('drops a link with %s', (_case, href) => {
    const html = richTextToHtml(link('click', href))

    expect(html).toBe('<p>click</p>')
    expect(safeHref(href)).toBeNull()
  })

  it('drops marks and nodes the editor does not offer but keeps their text', () => {
    const html = richTextToHtml(
      doc(
        { type: 'heading', attrs: { level: 1 }, content: [text('Heading')] },
        paragraph(text('styled', [{ type: 'textStyle', attrs: { style: 'color:red' } }])),
        { type: 'image', attrs: { src: 'data:image/svg+xml,<svg onload=alert(1)>' } },
      ),
    )

    expect(html).toBe('Heading<p>styled</p>')
  })

  it('escapes quotes in link URLs', () => {
    const html = richTextToHtml(link('x', 'https://example.org/?q="><script>alert(1)</script>'))

    expect(html).not.toContain('<script')
    expect(html).toContain('rel="noopener noreferrer"')
  })

  it('renders an empty document as an empty string', () => {
    expect(richTextToHtml(doc())).toBe('')
  })
})
