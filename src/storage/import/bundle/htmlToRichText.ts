import { Parser } from 'htmlparser2'

import type {
  RichTextAttributes,
  RichTextDoc,
  RichTextMark,
  RichTextNode,
} from '../../../shared/model/richText'

const BLOCK_TYPES: Record<string, string> = {
  p: 'paragraph',
  ul: 'bulletList',
  ol: 'orderedList',
  li: 'listItem',
}

const MARK_TYPES: Record<string, string> = { strong: 'bold', b: 'bold', em: 'italic', i: 'italic' }

/**
 * Parses the HTML that export writes (paragraphs, line breaks, lists, bold, italic and links)
 * back into editor JSON, the reverse of `richTextToHtml`. Other elements keep their text but not
 * their markup, so text reaches the editor even from HTML this function does not know.
 */
export function htmlToRichText(html: string): RichTextDoc {
  const doc: RichTextDoc = { type: 'doc', content: [] }
  const blocks: RichTextNode[] = [doc]
  const marks: Array<RichTextMark | null> = []
  // True while text events continue one run of text with no tag between them.
  let continuesText = false

  const current = () => blocks[blocks.length - 1] as RichTextNode

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        continuesText = false
        const blockType = BLOCK_TYPES[name]
        if (blockType !== undefined) {
          const node: RichTextNode = { type: blockType, content: [] }
          const start = Number(attributes.start)
          if (blockType === 'orderedList') {
            node.attrs = { start: Number.isInteger(start) ? start : 1 }
          }
          ;(current().content ??= []).push(node)
          blocks.push(node)
          return
        }
        if (name === 'br') {
          ;(current().content ??= []).push({ type: 'hardBreak' })
          return
        }

        const markType = MARK_TYPES[name]
        if (markType !== undefined) marks.push({ type: markType })
        else if (name === 'a' && attributes.href !== undefined) marks.push(linkMark(attributes))
        else marks.push(null)
      },
      ontext(text) {
        if (text === '') return
        const active = marks.filter((mark): mark is RichTextMark => mark !== null)
        const content = (current().content ??= [])
        const previous = content.at(-1)

        // The parser may report one run of text in pieces (at character references), so a piece
        // that continues the run is appended to the text node before it.
        if (continuesText && previous?.type === 'text') {
          previous.text = `${previous.text ?? ''}${text}`
          return
        }
        continuesText = true
        content.push(
          active.length === 0 ? { type: 'text', text } : { type: 'text', text, marks: active },
        )
      },
      onclosetag(name) {
        continuesText = false
        if (BLOCK_TYPES[name] !== undefined) {
          if (blocks.length > 1) blocks.pop()
          return
        }
        if (name !== 'br') marks.pop()
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  )
  parser.write(html)
  parser.end()

  return doc
}

function linkMark(attributes: Record<string, string>): RichTextMark {
  const attrs: RichTextAttributes = { href: attributes.href ?? '' }

  return { type: 'link', attrs }
}
