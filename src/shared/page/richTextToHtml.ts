import type { RichTextMark, RichTextNode } from '../model/richText'
import { escapeHtml } from './escapeHtml'
import { safeHref } from './safeHref'
import { sanitizePageHtml } from './sanitizePageHtml'

// Opening and closing tags of each mark the editor offers, as Tiptap's own renderHTML emits them.
function openMark(mark: RichTextMark): string | null {
  if (mark.type === 'bold') return '<strong>'
  if (mark.type === 'italic') return '<em>'
  if (mark.type === 'link') {
    const href = typeof mark.attrs?.href === 'string' ? safeHref(mark.attrs.href) : null
    return href === null ? null : `<a href="${escapeHtml(href)}" rel="noopener noreferrer">`
  }

  return null
}

function closeMark(mark: RichTextMark): string {
  if (mark.type === 'bold') return '</strong>'
  if (mark.type === 'italic') return '</em>'
  return '</a>'
}

function renderText(node: RichTextNode): string {
  let html = escapeHtml(node.text ?? '')

  // Marks are applied in array order, the first mark being the outermost element.
  for (const mark of [...(node.marks ?? [])].reverse()) {
    const open = openMark(mark)
    if (open !== null) html = `${open}${html}${closeMark(mark)}`
  }

  return html
}

function renderChildren(node: RichTextNode): string {
  return (node.content ?? []).map(renderNode).join('')
}

function renderNode(node: RichTextNode): string {
  switch (node.type) {
    case 'doc':
      return renderChildren(node)
    case 'text':
      return renderText(node)
    case 'paragraph':
      return `<p>${renderChildren(node)}</p>`
    case 'hardBreak':
      return '<br>'
    case 'bulletList':
      return `<ul>${renderChildren(node)}</ul>`
    case 'orderedList': {
      const start = node.attrs?.start
      const startAttribute =
        typeof start === 'number' && Number.isInteger(start) && start !== 1
          ? ` start="${start}"`
          : ''
      return `<ol${startAttribute}>${renderChildren(node)}</ol>`
    }
    case 'listItem':
      return `<li>${renderChildren(node)}</li>`
    default:
      // A node the editor does not offer keeps its text but not its markup; validation reports it.
      return renderChildren(node)
  }
}

/**
 * Renders a rich-text document (Tiptap JSON) to HTML with only the editor's nodes and marks, then
 * sanitizes the result with an allow-list, so what reaches the site is safe even if this renderer
 * has a bug. Unsafe links lose their `<a>` element and keep their text.
 */
export function richTextToHtml(doc: RichTextNode): string {
  return sanitizePageHtml(renderNode(doc))
}
