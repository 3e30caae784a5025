import { describe, expect, it } from 'vitest'

import { type BlockChange, diffRichText } from '../../src/shared/diff/diffRichText'
import { blockText } from '../../src/shared/diff/flattenRichText'
import {
  docFromParagraphs,
  type RichTextDoc,
  type RichTextNode,
} from '../../src/shared/model/richText'

function text(value: string, marks: string[] = []): RichTextNode {
  return marks.length === 0
    ? { type: 'text', text: value }
    : { type: 'text', text: value, marks: marks.map((type) => ({ type })) }
}

function paragraph(...content: RichTextNode[]): RichTextNode {
  return { type: 'paragraph', content }
}

function bulletList(...items: string[]): RichTextNode {
  return {
    type: 'bulletList',
    content: items.map((item) => ({ type: 'listItem', content: [paragraph(text(item))] })),
  }
}

function doc(...content: RichTextNode[]): RichTextDoc {
  return { type: 'doc', content }
}

function summarize(block: BlockChange): string {
  switch (block.kind) {
    case 'equal':
      return `= ${blockText(block.new)}`
    case 'insert':
      return `+ ${block.new.kind} ${blockText(block.new)}`
    case 'delete':
      return `- ${block.old.kind} ${blockText(block.old)}`
    case 'moved-away':
      return `<${block.moveId} ${blockText(block.old)}`
    case 'moved-here':
      return `>${block.moveId} ${blockText(block.new)}`
    case 'changed':
      return `~ ${block.inline.map((change) => `${change.kind}:${change.text}`).join('|')}`
  }
}

function changedBlock(block: BlockChange | undefined) {
  if (block?.kind !== 'changed') throw new Error(`expected a changed block, got ${block?.kind}`)
  return block
}

describe('diffRichText', () => {
  it('marks one changed word', () => {
    const result = diffRichText(
      docFromParagraphs(['Reports a video visit with the patient.']),
      docFromParagraphs(['Reports a phone visit with the patient.']),
    )

    expect(result.changed).toBe(true)
    expect(result.blocks.map(summarize)).toEqual([
      '~ equal:Reports a |delete:video|insert:phone|equal: visit with the patient.',
    ])
  })

  it('shows an added list item', () => {
    const result = diffRichText(
      doc(
        paragraph(text('Use it when:')),
        bulletList('the visit is by video', 'the patient consents'),
      ),
      doc(
        paragraph(text('Use it when:')),
        bulletList('the visit is by video', 'the patient is at home', 'the patient consents'),
      ),
    )

    expect(result.blocks.map(summarize)).toEqual([
      '= Use it when:',
      '= the visit is by video',
      '+ bullet-item the patient is at home',
      '= the patient consents',
    ])
  })

  it('reports bold added as a format change', () => {
    const result = diffRichText(
      doc(paragraph(text('Payers set the payment for this code.'))),
      doc(paragraph(text('Payers set the '), text('payment', ['bold']), text(' for this code.'))),
    )

    expect(result.blocks).toHaveLength(1)
    expect(changedBlock(result.blocks[0]).inline).toEqual([
      { kind: 'equal', text: 'Payers set the ', marks: [] },
      { kind: 'format', text: 'payment', marks: ['bold'], oldMarks: [] },
      { kind: 'equal', text: ' for this code.', marks: [] },
    ])
  })

  it('reports a changed link target', () => {
    const link = (href: string): RichTextNode => ({
      type: 'text',
      text: 'CMS',
      marks: [{ type: 'link', attrs: { href } }],
    })

    const result = diffRichText(
      doc(paragraph(text('See '), link('https://www.cms.gov/a'))),
      doc(paragraph(text('See '), link('https://www.cms.gov/b'))),
    )

    expect(changedBlock(result.blocks[0]).inline[1]).toEqual({
      kind: 'format',
      text: 'CMS',
      marks: ['link:https://www.cms.gov/b'],
      oldMarks: ['link:https://www.cms.gov/a'],
    })
  })

  it('reports a moved paragraph once on each side', () => {
    const result = diffRichText(
      docFromParagraphs(['First point.', 'Second point.', 'Third point.']),
      docFromParagraphs(['Second point.', 'Third point.', 'First point.']),
    )

    expect(result.blocks.map(summarize)).toEqual([
      '<0 First point.',
      '= Second point.',
      '= Third point.',
      '>0 First point.',
    ])
  })

  it('shows an unrelated paragraph as delete and insert', () => {
    const result = diffRichText(
      docFromParagraphs(['Payers decide the payment.']),
      docFromParagraphs(['Clinicians document the reason for the video visit.']),
    )

    expect(result.blocks.map(summarize)).toEqual([
      '- paragraph Payers decide the payment.',
      '+ paragraph Clinicians document the reason for the video visit.',
    ])
  })

  it('treats a list type change as a change', () => {
    const ordered: RichTextNode = { ...bulletList('one step'), type: 'orderedList' }

    const result = diffRichText(doc(bulletList('one step')), doc(ordered))

    expect(result.changed).toBe(true)
    expect(result.blocks.map(summarize)).toEqual(['~ equal:one step'])
    expect(changedBlock(result.blocks[0]).new.kind).toBe('ordered-item')
  })

  it('finds nothing in equal documents', () => {
    const same = docFromParagraphs(['Same text.'])

    expect(diffRichText(same, structuredClone(same)).changed).toBe(false)
  })

  it('keeps text of nodes the editor does not offer', () => {
    const old = doc({ type: 'blockquote', content: [paragraph(text('Quoted rule.'))] })
    const next = doc({ type: 'blockquote', content: [paragraph(text('Quoted new rule.'))] })

    expect(diffRichText(old, next).blocks.map(summarize)).toEqual([
      '~ equal:Quoted |insert:new |equal:rule.',
    ])
  })
})
