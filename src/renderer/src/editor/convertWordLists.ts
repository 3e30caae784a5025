import { inlineStyle } from './inlineStyle'

interface WordListItem {
  paragraph: Element
  level: number
  ordered: boolean
}

// Word's marker text for numbered items: "1.", "1)", "(a)", "iv.", "A."
const ORDERED_MARKER = /^\(?([0-9]+|[a-z]|[ivxlcdm]+)[.)]/i

function isWordListParagraph(element: Element): boolean {
  if (element.localName !== 'p') return false

  const msoList = inlineStyle(element, 'mso-list')
  if (msoList !== null && msoList !== 'ignore' && msoList !== 'none') return true

  return /^MsoListParagraph/i.test(element.getAttribute('class') ?? '')
}

/**
 * Removes Word's typed list marker (a bullet glyph or "1." in a `mso-list:Ignore` span) and
 * returns its text, from which the list type is guessed.
 */
function takeMarker(paragraph: Element): string {
  let marker = ''

  for (const span of [...paragraph.querySelectorAll('span')]) {
    if (inlineStyle(span, 'mso-list') !== 'ignore') continue
    marker += span.textContent ?? ''
    span.remove()
  }

  return marker.replace(/\u00a0/g, ' ').trim()
}

function readItem(paragraph: Element): WordListItem {
  const levelMatch = /level(\d+)/.exec(inlineStyle(paragraph, 'mso-list') ?? '')
  const marker = takeMarker(paragraph)

  return {
    paragraph,
    level: levelMatch?.[1] === undefined ? 1 : Number(levelMatch[1]),
    ordered: ORDERED_MARKER.test(marker),
  }
}

/** Returns the next element sibling, skipping white space and comments between paragraphs. */
function nextListParagraph(element: Element): Element | null {
  let node = element.nextSibling

  while (node !== null) {
    if (node.nodeType === node.ELEMENT_NODE) {
      const next = node as Element
      return isWordListParagraph(next) ? next : null
    }
    if (node.nodeType === node.TEXT_NODE && (node.textContent ?? '').trim() !== '') return null
    node = node.nextSibling
  }

  return null
}

/** Builds real nested lists from one run of Word list paragraphs. */
function buildLists(items: readonly WordListItem[], document: Document): Element {
  const first = items[0] as WordListItem
  const root = document.createElement(first.ordered ? 'ol' : 'ul')
  const stack: Array<{ list: Element; level: number }> = [{ list: root, level: first.level }]

  for (const item of items) {
    while (stack.length > 1 && (stack.at(-1) as { level: number }).level > item.level) stack.pop()

    const top = stack.at(-1) as { list: Element; level: number }
    let target = top.list
    if (item.level > top.level) {
      target = document.createElement(item.ordered ? 'ol' : 'ul')
      let parentItem = top.list.lastElementChild
      if (parentItem === null) {
        parentItem = document.createElement('li')
        top.list.append(parentItem)
      }
      parentItem.append(target)
      stack.push({ list: target, level: item.level })
    }

    const listItem = document.createElement('li')
    const paragraph = document.createElement('p')
    paragraph.append(...item.paragraph.childNodes)
    listItem.append(paragraph)
    target.append(listItem)
  }

  return root
}

/**
 * Converts Word's list paragraphs into nested `ul` and `ol` elements. Word puts each list item in
 * its own `<p>` with a `mso-list:l0 level2 lfo1` style and a typed marker span, so without this a
 * pasted list would arrive as paragraphs starting with "·".
 */
export function convertWordLists(body: Element): void {
  const document = body.ownerDocument

  for (const start of [...body.querySelectorAll('p')]) {
    // Paragraphs already moved into a list by an earlier run are no longer in the body.
    if (!start.isConnected || !isWordListParagraph(start)) continue

    const run: Element[] = [start]
    for (let next = nextListParagraph(start); next !== null; next = nextListParagraph(next)) {
      run.push(next)
    }

    const items = run.map(readItem)
    start.before(buildLists(items, document))
    for (const paragraph of run) paragraph.remove()
  }
}
