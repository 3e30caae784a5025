import type { RichTextDoc, RichTextMark, RichTextNode } from '../model/richText'

/** A word, a run of white space, a punctuation mark or a line break, with its marks. */
export interface InlineToken {
  text: string
  /** Sorted mark keys: `bold`, `italic`, or `link:<href>` so that a changed target is a change. */
  marks: string[]
}

/**
 * One block of text as a reader sees it: a paragraph, or a paragraph inside a list item. Lists
 * are flattened so that an added item compares like an added paragraph.
 */
export interface TextBlock {
  /** `paragraph`, `bullet-item`, `ordered-item`, or the type of a node the editor lacks. */
  kind: string
  /** List nesting: 0 for a top-level paragraph, 1 for an item of a top-level list. */
  depth: number
  tokens: InlineToken[]
  /** Identity for comparison: kind, depth, text and marks. */
  key: string
}

// Words (letters, digits and inner apostrophes or hyphens), runs of white space, or one other
// character, so a diff marks "phone" replacing "video" without touching the spaces around it.
const TOKEN_PATTERN = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*|\s+|[^\s\p{L}\p{N}]/gu

function markKey(mark: RichTextMark): string {
  if (mark.type === 'link') return `link:${String(mark.attrs?.href ?? '')}`
  return mark.type
}

/** Splits text into word, space and punctuation tokens that all carry `marks`. */
export function tokenizeText(text: string, marks: readonly string[] = []): InlineToken[] {
  return (text.match(TOKEN_PATTERN) ?? []).map((token) => ({ text: token, marks: [...marks] }))
}

function inlineTokens(nodes: readonly RichTextNode[]): InlineToken[] {
  const tokens: InlineToken[] = []

  for (const node of nodes) {
    if (node.type === 'hardBreak') {
      tokens.push({ text: '\n', marks: [] })
    } else if (node.text !== undefined) {
      const marks = (node.marks ?? []).map(markKey).sort()
      tokens.push(...tokenizeText(node.text, marks))
    } else if (node.content !== undefined) {
      tokens.push(...inlineTokens(node.content))
    }
  }

  return tokens
}

function makeBlock(kind: string, depth: number, tokens: InlineToken[]): TextBlock {
  const key = JSON.stringify([kind, depth, tokens.map((token) => [token.text, token.marks])])
  return { kind, depth, tokens, key }
}

function isInline(node: RichTextNode): boolean {
  return node.type === 'text' || node.type === 'hardBreak' || node.text !== undefined
}

function collectBlocks(
  nodes: readonly RichTextNode[],
  itemKind: string | null,
  depth: number,
  blocks: TextBlock[],
): void {
  for (const node of nodes) {
    const content = node.content ?? []

    if (node.type === 'bulletList' || node.type === 'orderedList') {
      const kind = node.type === 'bulletList' ? 'bullet-item' : 'ordered-item'
      for (const item of content) collectBlocks(item.content ?? [], kind, depth + 1, blocks)
    } else if (node.type === 'paragraph' || content.every(isInline)) {
      const kind = node.type === 'paragraph' ? (itemKind ?? 'paragraph') : node.type
      blocks.push(makeBlock(kind, depth, inlineTokens(content)))
    } else {
      // A container the editor does not offer (left in an old file): its children still count.
      collectBlocks(content, itemKind, depth, blocks)
    }
  }
}

/** Flattens a rich-text document into the blocks the diff compares, in reading order. */
export function flattenRichText(doc: RichTextDoc): TextBlock[] {
  const blocks: TextBlock[] = []
  collectBlocks(doc.content, null, 0, blocks)

  return blocks
}

/** Returns the block's text without marks. */
export function blockText(block: TextBlock): string {
  return block.tokens.map((token) => token.text).join('')
}
