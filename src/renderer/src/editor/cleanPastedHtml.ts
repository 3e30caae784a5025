import { convertWordLists } from './convertWordLists'
import { inlineStyle } from './inlineStyle'
import { isAllowedLinkHref } from './linkHref'

// Elements whose content is never text a writer means to paste.
const DROPPED =
  'style, script, meta, link, title, xml, template, img, svg, video, audio, iframe, object, embed, canvas, input, button, select, textarea'
// Headings become bold paragraphs, because the page supplies its own section headings.
const HEADINGS = 'h1, h2, h3, h4, h5, h6'
const KEPT_TAGS = new Set(['p', 'br', 'ul', 'ol', 'li', 'strong', 'b', 'em', 'i', 'a'])
const BOLD_WEIGHT = /^(bold|bolder|[6-9]00)$/

function unwrap(element: Element): void {
  element.replaceWith(...element.childNodes)
}

function rename(element: Element, tagName: string): Element {
  const replacement = element.ownerDocument.createElement(tagName)
  replacement.append(...element.childNodes)
  element.replaceWith(replacement)

  return replacement
}

function removeComments(root: Node): void {
  const walker = root.ownerDocument?.createTreeWalker(root, 0x80 /* NodeFilter.SHOW_COMMENT */)
  const comments: Node[] = []
  while (walker?.nextNode()) comments.push(walker.currentNode)
  for (const comment of comments) comment.parentNode?.removeChild(comment)
}

/** Turns the inline styles Word and Google Docs use for emphasis into `strong` and `em`. */
function stylesToMarks(body: Element): void {
  for (const span of [...body.querySelectorAll('span, font')]) {
    const weight = inlineStyle(span, 'font-weight')
    const italic = inlineStyle(span, 'font-style') === 'italic'
    let inner: Element = span
    if (weight !== null && BOLD_WEIGHT.test(weight)) inner = wrapChildren(inner, 'strong')
    if (italic) wrapChildren(inner, 'em')
  }

  // Google Docs wraps a whole copied fragment in <b style="font-weight:normal">, which is not bold.
  for (const bold of [...body.querySelectorAll('b, strong')]) {
    const weight = inlineStyle(bold, 'font-weight')
    if (weight === 'normal' || weight === '400') unwrap(bold)
  }
}

function wrapChildren(element: Element, tagName: string): Element {
  const wrapper = element.ownerDocument.createElement(tagName)
  wrapper.append(...element.childNodes)
  element.append(wrapper)

  return wrapper
}

/** Moves a list nested directly in a list (as Google Docs emits it) into the item before it. */
function fixListNesting(body: Element): void {
  for (const list of [...body.querySelectorAll('ul > ul, ul > ol, ol > ul, ol > ol')]) {
    let previous = list.previousElementSibling
    if (previous === null || previous.localName !== 'li') {
      previous = list.ownerDocument.createElement('li')
      list.before(previous)
    }
    previous.append(list)
  }
}

function flattenBlocks(body: Element): void {
  for (const heading of [...body.querySelectorAll(HEADINGS)]) {
    const paragraph = rename(heading, 'p')
    wrapChildren(paragraph, 'strong')
  }
  for (const cell of [...body.querySelectorAll('td, th, dt, dd, pre, blockquote')]) {
    const hasBlocks = cell.querySelector('p, div, ul, ol') !== null
    if (hasBlocks) unwrap(cell)
    else rename(cell, 'p')
  }
  for (const container of [
    ...body.querySelectorAll(
      'table, thead, tbody, tfoot, tr, dl, div, section, article, header, footer, main, aside, figure, figcaption, center',
    ),
  ]) {
    const hasBlocks = container.querySelector('p, ul, ol, li, br') !== null
    if (hasBlocks || container.localName !== 'div') unwrap(container)
    else rename(container, 'p')
  }
}

function cleanLinks(body: Element): void {
  for (const link of [...body.querySelectorAll('a')]) {
    const href = (link.getAttribute('href') ?? '').trim()
    if (!isAllowedLinkHref(href)) unwrap(link)
  }
}

/** Unwraps every element the schema has no node or mark for, keeping its text. */
function unwrapUnknown(body: Element): void {
  for (const element of [...body.querySelectorAll('*')].reverse()) {
    if (!KEPT_TAGS.has(element.localName)) unwrap(element)
  }
}

function stripAttributes(body: Element): void {
  for (const element of body.querySelectorAll('*')) {
    for (const attribute of [...element.attributes]) {
      const keep =
        (element.localName === 'a' && attribute.name === 'href') ||
        (element.localName === 'ol' && attribute.name === 'start')
      if (!keep) element.removeAttribute(attribute.name)
    }
  }
}

/** Removes paragraphs with nothing but white space, such as Word's `<o:p>&nbsp;</o:p>` lines. */
function removeEmptyParagraphs(body: Element): void {
  for (const paragraph of [...body.querySelectorAll('p')]) {
    const empty =
      (paragraph.textContent ?? '').trim() === '' && paragraph.querySelector('br') === null
    if (empty && paragraph.closest('li') === null) paragraph.remove()
  }
}

function normalizeSpaces(body: Element): void {
  const walker = body.ownerDocument.createTreeWalker(body, 0x4 /* NodeFilter.SHOW_TEXT */)
  while (walker.nextNode()) {
    const text = walker.currentNode
    // Word separates sentences with "&nbsp; " runs; the site wraps text, so plain spaces do.
    if (text.nodeValue?.includes('\u00a0')) text.nodeValue = text.nodeValue.replace(/\u00a0/g, ' ')
  }
}

/**
 * Cleans HTML pasted from Word, Google Docs or a web page down to the elements the rich-text
 * schema has (paragraphs, line breaks, bullet and numbered lists, bold, italic and http, https or
 * mailto links) without dropping any of its text. Word's list paragraphs become real nested
 * lists, inline bold and italic styles become `strong` and `em`, headings become bold
 * paragraphs, and table cells become paragraphs.
 */
export function cleanPastedHtml(html: string, parser: DOMParser = new DOMParser()): string {
  const document = parser.parseFromString(html, 'text/html')
  const body = document.body

  removeComments(body)
  for (const element of [...body.querySelectorAll(DROPPED)]) element.remove()
  convertWordLists(body)
  stylesToMarks(body)
  fixListNesting(body)
  flattenBlocks(body)
  cleanLinks(body)
  unwrapUnknown(body)
  stripAttributes(body)
  normalizeSpaces(body)
  removeEmptyParagraphs(body)

  return body.innerHTML
}
