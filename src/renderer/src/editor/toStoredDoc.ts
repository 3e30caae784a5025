import type { JSONContent } from '@tiptap/core'

import type { RichTextDoc, RichTextNode } from '../../../shared/model/richText'

function isEmptyParagraph(node: JSONContent): boolean {
  return node.type === 'paragraph' && (node.content ?? []).length === 0
}

/**
 * Converts an editor's `getJSON()` to the stored form. Tiptap leaves out `content` of an empty
 * document and shows an empty field as one empty paragraph, while the stored model requires a
 * `content` array and writes an empty field as `{ type: 'doc', content: [] }`.
 */
export function toStoredDoc(json: JSONContent): RichTextDoc {
  const content = json.content ?? []
  const empty = content.length === 0 || (content.length === 1 && isEmptyParagraph(content[0] ?? {}))

  return { type: 'doc', content: empty ? [] : (content as RichTextNode[]) }
}
