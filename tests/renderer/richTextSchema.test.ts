// @vitest-environment happy-dom
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'

import { generateJSON, getSchema } from '@tiptap/core'
import { describe, expect, it } from 'vitest'

import { cleanPastedHtml } from '../../src/renderer/src/editor/cleanPastedHtml'
import { createRichTextExtensions } from '../../src/renderer/src/editor/richTextExtensions'
import {
  RICH_TEXT_MARKS,
  RICH_TEXT_NODES,
  richTextDocSchema,
  type RichTextNode,
} from '../../src/shared/model/richText'

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'paste')

function paste(html: string): RichTextNode {
  return generateJSON(cleanPastedHtml(html), createRichTextExtensions()) as RichTextNode
}

async function pasteFixture(name: string): Promise<RichTextNode> {
  return paste(await readFile(join(fixtures, name), 'utf8'))
}

function collect(node: RichTextNode, visit: (node: RichTextNode) => void): void {
  visit(node)
  for (const child of node.content ?? []) collect(child, visit)
}

function textOf(node: RichTextNode): string {
  let text = ''
  collect(node, (child) => {
    if (child.text !== undefined) text += child.text
    else if (child.type === 'paragraph') text += ' '
  })

  return text.replace(/\s+/g, ' ').trim()
}

function typesOf(node: RichTextNode): Set<string> {
  const types = new Set<string>()
  collect(node, (child) => {
    types.add(child.type)
    for (const mark of child.marks ?? []) types.add(`mark:${mark.type}`)
  })

  return types
}

/** Returns the text runs that carry a mark. */
function markedText(node: RichTextNode, markType: string): string[] {
  const runs: string[] = []
  collect(node, (child) => {
    if (child.text !== undefined && child.marks?.some((mark) => mark.type === markType))
      runs.push(child.text)
  })

  return runs
}

function listItemTexts(list: RichTextNode): string[] {
  return (list.content ?? []).map((item) => textOf({ ...item, content: item.content?.slice(0, 1) }))
}

describe('createRichTextExtensions', () => {
  it('has exactly the stored nodes and marks', () => {
    const schema = getSchema(createRichTextExtensions())

    expect(Object.keys(schema.nodes).sort()).toEqual([...RICH_TEXT_NODES].sort())
    expect(Object.keys(schema.marks).sort()).toEqual([...RICH_TEXT_MARKS].sort())
  })
})

describe('cleanPastedHtml', () => {
  it('turns Word list paragraphs into nested lists', async () => {
    const doc = await pasteFixture('word-nested-lists.html')
    const blocks = doc.content ?? []
    const bullets = blocks.find((node) => node.type === 'bulletList')
    const numbers = blocks.find((node) => node.type === 'orderedList')
    const firstItem = bullets?.content?.[0]
    const nested = firstItem?.content?.find((node) => node.type === 'bulletList')

    expect(bullets).toBeDefined()
    expect(listItemTexts(bullets as RichTextNode)).toEqual([
      'The patient is at home',
      'The visit uses real-time video',
    ])
    expect(listItemTexts(nested as RichTextNode)).toEqual([
      'or at a rural site',
      'at a clinic without the specialist',
    ])
    expect(listItemTexts(numbers as RichTextNode)).toEqual([
      'Record the consent',
      'Note the CMS telehealth list entry',
    ])
  })

  it('keeps every word of a Word document', async () => {
    const doc = await pasteFixture('word-nested-lists.html')
    const text = textOf(doc)

    expect(text).toContain('When to report the code')
    expect(text).toContain('Clinicians report it when the visit meets all of these:')
    expect(text).toContain('See this note and the file.')
    expect(text).not.toContain('·')
    expect(text).not.toMatch(/\bo or at\b/)
    expect(text).not.toContain('Style Definitions')
  })

  it('keeps Word bold, italic and allowed links only', async () => {
    const doc = await pasteFixture('word-nested-lists.html')
    const links: string[] = []
    collect(doc, (node) => {
      for (const mark of node.marks ?? []) {
        if (mark.type === 'link') links.push(String(mark.attrs?.href))
      }
    })

    expect(markedText(doc, 'bold')).toEqual(['When to report the code', 'clinic'])
    expect(markedText(doc, 'italic')).toEqual(['all'])
    expect(links).toEqual(['https://www.cms.gov/telehealth'])
  })

  it('reads Google Docs emphasis from styles', async () => {
    const doc = await pasteFixture('google-docs.html')

    expect(markedText(doc, 'bold')).toEqual(['short', 'Who may bill'])
    expect(markedText(doc, 'italic')).toEqual([' and patient-initiated.'])
  })

  it('nests Google Docs sublists inside their item', async () => {
    const doc = await pasteFixture('google-docs.html')
    const list = doc.content?.find((node) => node.type === 'bulletList') as RichTextNode
    const nested = list.content?.[0]?.content?.find((node) => node.type === 'bulletList')

    expect(listItemTexts(list)).toEqual(['By phone', 'By video'])
    expect(listItemTexts(nested as RichTextNode)).toEqual(['audio only'])
  })

  it('keeps table cells as paragraphs', async () => {
    const doc = await pasteFixture('google-docs.html')
    const paragraphs = (doc.content ?? []).filter((node) => node.type === 'paragraph')

    expect(paragraphs.map(textOf)).toContain('Physicians')
    expect(paragraphs.map(textOf)).toContain('Nurse practitioners')
  })

  it('produces only schema nodes and marks', async () => {
    for (const name of ['word-nested-lists.html', 'google-docs.html']) {
      const doc = await pasteFixture(name)
      const allowed = new Set<string>([
        ...RICH_TEXT_NODES,
        ...RICH_TEXT_MARKS.map((mark) => `mark:${mark}`),
      ])

      expect([...typesOf(doc)].filter((type) => !allowed.has(type))).toEqual([])
      expect(richTextDocSchema.safeParse(doc).success).toBe(true)
    }
  })

  it('keeps the text of unknown elements', () => {
    const doc = paste(
      '<p>Dose <sup>2</sup> <u>weekly</u> <code>J0129</code></p><blockquote>Quoted</blockquote><pre>line one\nline two</pre>',
    )

    expect(textOf(doc)).toBe('Dose 2 weekly J0129 Quoted line one line two')
  })

  it('drops scripts, styles and images', () => {
    const doc = paste(
      '<p>Kept</p><script>alert(1)</script><style>p{}</style><img src="x.png" alt="pic"><p>Also kept</p>',
    )

    expect(textOf(doc)).toBe('Kept Also kept')
  })

  it('converts Word numbered markers with letters', () => {
    const html = [
      "<p class=MsoListParagraph style='mso-list:l3 level1 lfo4'><span style='mso-list:Ignore'>a)<span> </span></span>First</p>",
      "<p class=MsoListParagraph style='mso-list:l3 level1 lfo4'><span style='mso-list:Ignore'>b)<span> </span></span>Second</p>",
    ].join('\n')
    const doc = paste(html)
    const list = doc.content?.[0] as RichTextNode

    expect(list.type).toBe('orderedList')
    expect(listItemTexts(list)).toEqual(['First', 'Second'])
  })
})
