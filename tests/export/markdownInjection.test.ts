import { readFile } from 'node:fs/promises'
import { join } from 'node:path'

import { HtmlRenderer, Parser } from 'commonmark'
import { afterEach, describe, expect, it } from 'vitest'

import { asHtmlBlock } from '../../src/shared/export/renderMarkdownPage'
import { docFromParagraphs } from '../../src/shared/model/richText'
import { exportBundle } from '../../src/storage/export/exportBundle'
import { makeTempFolder } from '../helpers/tempFolder'
import { approvedEntry, openFolderWith } from './bundleTestFolder'

const cleanUps: Array<() => Promise<void>> = []

afterEach(async () => {
  for (const cleanUp of cleanUps.splice(0)) await cleanUp()
})

// Text that is harmless inside an HTML block but becomes Markdown once a blank line ends it.
const hostileText =
  'Line one\n\nBroken out [click](javascript:alert(8)) ![i](https://evil.example/p.png)\n\n# Heading injected'

/** Renders a Markdown page as a CommonMark site generator would, front matter removed. */
function renderLikeASite(markdown: string): string {
  const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, '')
  return new HtmlRenderer().render(new Parser().parse(body))
}

describe('markdown export of hostile text', () => {
  it('keeps entry text inside its HTML block', async () => {
    const entry = approvedEntry('M1440', {
      summary: docFromParagraphs([hostileText]),
      clinicalContext: docFromParagraphs([hostileText]),
      faqs: [
        { id: 'faq-one', question: 'Who reports it?', answer: docFromParagraphs([hostileText]) },
        { id: 'faq-two', question: 'Is it paid?', answer: docFromParagraphs(['Payers decide.']) },
      ],
    })
    const opened = await openFolderWith([entry])
    const out = await makeTempFolder('codedesk-markdown-')
    cleanUps.push(opened.cleanUp, out.remove)

    const summary = await exportBundle(opened.folder, {
      target: 'markdown',
      outDir: join(out.path, 'site'),
      markPublished: false,
    })
    const html = renderLikeASite(
      await readFile(join(out.path, 'site', 'codes', 'M1440.md'), 'utf8'),
    )

    expect(summary.blocked).toBe(false)
    expect(html).not.toMatch(/href="javascript:/i)
    expect(html).not.toContain('<img')
    expect(html).not.toContain('<h1>Heading injected')
    expect(html).toContain('Broken out [click](javascript:alert(8))')
  })
})

describe('asHtmlBlock', () => {
  it.each([
    ['<p>a\n\nb</p>', '<p>a b</p>'],
    ['<p>a\r\n\r\nb</p>', '<p>a b</p>'],
    ['<p>a\u2028b</p>', '<p>a b</p>'],
    ['<p>a</p>\n<p>b</p>\n', '<p>a</p> <p>b</p>'],
  ])('joins %j into one block', (input, expected) => {
    expect(asHtmlBlock(input)).toBe(expected)
  })
})
