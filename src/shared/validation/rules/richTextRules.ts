import type { RichTextNode } from '../../model/richText'
import { RICH_TEXT_MARKS, RICH_TEXT_NODES } from '../../model/richText'
import type { Rule } from '../engine'
import { entryRichTexts } from '../entryTexts'

const KNOWN_NODES: ReadonlySet<string> = new Set(RICH_TEXT_NODES)
const KNOWN_MARKS: ReadonlySet<string> = new Set(RICH_TEXT_MARKS)

function isBlankParagraph(node: RichTextNode | undefined): boolean {
  if (node?.type !== 'paragraph') return false

  return (node.content ?? []).every(
    (child) => child.type === 'text' && (child.text ?? '').trim() === '',
  )
}

function collectUnknownTypes(node: RichTextNode, nodes: Set<string>, marks: Set<string>): void {
  if (!KNOWN_NODES.has(node.type)) nodes.add(node.type)
  for (const mark of node.marks ?? []) if (!KNOWN_MARKS.has(mark.type)) marks.add(mark.type)
  for (const child of node.content ?? []) collectUnknownTypes(child, nodes, marks)
}

function quoteList(names: Iterable<string>): string {
  return [...names].map((name) => `'${name}'`).join(', ')
}

export const edgeParagraphRule: Rule = {
  id: 'richtext/edge-paragraph',
  description: 'Rich text does not start or end with an empty paragraph.',
  defaultSeverity: 'warning',
  check(entry, _context, report) {
    for (const { field, doc } of entryRichTexts(entry)) {
      const blocks = doc?.content ?? []
      if (blocks.every((block) => isBlankParagraph(block))) continue

      if (isBlankParagraph(blocks[0]))
        report(field, `${field}: starts with an empty paragraph. Delete the blank line at the top.`)
      if (isBlankParagraph(blocks[blocks.length - 1]))
        report(field, `${field}: ends with an empty paragraph. Delete the blank line at the end.`)
    }
  },
}

export const unknownTypeRule: Rule = {
  id: 'richtext/unknown-type',
  description:
    'Rich text uses only the nodes and marks the editor offers and the site renders; others, left in old files, are reported rather than dropped.',
  defaultSeverity: 'error',
  check(entry, _context, report) {
    for (const { field, doc } of entryRichTexts(entry)) {
      if (doc === undefined) continue

      const nodes = new Set<string>()
      const marks = new Set<string>()
      collectUnknownTypes(doc, nodes, marks)

      if (nodes.size > 0) {
        report(
          field,
          `${field}: contains the node type ${quoteList(nodes)}, which the editor and the site do not support. Retype that text as paragraphs or lists.`,
        )
      }
      if (marks.size > 0) {
        report(
          field,
          `${field}: contains the mark ${quoteList(marks)}, which the editor and the site do not support. Remove that formatting or use bold, italic or a link.`,
        )
      }
    }
  },
}
