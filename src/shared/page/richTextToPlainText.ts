import type { RichTextNode } from '../model/richText'

function inlineText(node: RichTextNode): string {
  if (node.type === 'text') return node.text ?? ''
  if (node.type === 'hardBreak') return '\n'

  return (node.content ?? []).map(inlineText).join('')
}

function blockLines(node: RichTextNode, listPrefix: string | null): string[] {
  switch (node.type) {
    case 'doc':
      return (node.content ?? []).flatMap((child) => blockLines(child, null))
    case 'bulletList':
      return [(node.content ?? []).flatMap((item) => blockLines(item, '- ')).join('\n')]
    case 'orderedList': {
      const start = typeof node.attrs?.start === 'number' ? node.attrs.start : 1
      const items = (node.content ?? []).flatMap((item, index) =>
        blockLines(item, `${start + index}. `),
      )
      return [items.join('\n')]
    }
    case 'listItem': {
      const text = (node.content ?? [])
        .flatMap((child) => blockLines(child, null))
        .join('\n')
        .replace(/\n/g, '\n  ')
      return [`${listPrefix ?? '- '}${text}`]
    }
    default:
      return [inlineText(node)]
  }
}

/**
 * Renders a rich-text document as plain text: paragraphs separated by a blank line, hard breaks as
 * line breaks, list items on their own lines starting with `- ` or their number. Marks are dropped
 * and link text is kept without its URL.
 */
export function richTextToPlainText(doc: RichTextNode): string {
  return blockLines(doc, null)
    .filter((block) => block.trim() !== '')
    .join('\n\n')
}
