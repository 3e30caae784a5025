import { z } from 'zod'

/**
 * The nodes and marks the editor offers and the site can render. Anything else found in a file
 * still loads, so that validation can report it instead of it being dropped.
 */
export const RICH_TEXT_NODES = [
  'doc',
  'paragraph',
  'text',
  'hardBreak',
  'bulletList',
  'orderedList',
  'listItem',
] as const
export const RICH_TEXT_MARKS = ['bold', 'italic', 'link'] as const

export type RichTextNodeType = (typeof RICH_TEXT_NODES)[number]
export type RichTextMarkType = (typeof RICH_TEXT_MARKS)[number]

export type RichTextAttributes = Record<string, string | number | boolean | null>

export interface RichTextMark {
  type: string
  attrs?: RichTextAttributes
}

/** One ProseMirror node as Tiptap's `editor.getJSON()` produces it. */
export interface RichTextNode {
  type: string
  attrs?: RichTextAttributes
  content?: RichTextNode[]
  text?: string
  marks?: RichTextMark[]
}

/** A whole rich-text field: a `doc` node. */
export interface RichTextDoc extends RichTextNode {
  type: 'doc'
  content: RichTextNode[]
}

const attributeValue = z.union([z.string(), z.number(), z.boolean(), z.null()])

// Attributes are sorted by key so that a file's bytes do not depend on the order an editor emits.
const attributesSchema = z
  .record(z.string(), attributeValue)
  .transform((attrs) =>
    Object.fromEntries(Object.entries(attrs).sort(([a], [b]) => a.localeCompare(b))),
  )

const markSchema = z.strictObject({
  type: z.string().min(1),
  attrs: attributesSchema.optional(),
})

export const richTextNodeSchema: z.ZodType<RichTextNode, RichTextNode> = z.lazy(() =>
  z.strictObject({
    type: z.string().min(1),
    attrs: attributesSchema.optional(),
    content: z.array(richTextNodeSchema).optional(),
    text: z.string().max(100_000).optional(),
    marks: z.array(markSchema).optional(),
  }),
)

/**
 * Nesting depth a document may reach: doc, then a list and its item per level of nesting, then
 * paragraph and text. 32 allows lists nested more than ten deep, far beyond what a page shows, and
 * keeps recursive code (the schema, renderers, diffs) far from the call-stack limit.
 */
export const MAX_RICH_TEXT_DEPTH = 32
/** Nodes one field may hold; about ten times the longest section a page has. */
export const MAX_RICH_TEXT_NODES = 20_000

/**
 * Measures a document's depth and size without recursion, so a hostile file cannot overflow the
 * stack before the schema parses it. Returns a message when a limit is passed, else null.
 */
export function checkRichTextSize(value: unknown): string | null {
  const stack: Array<{ node: unknown; depth: number }> = [{ node: value, depth: 1 }]
  let count = 0

  while (stack.length > 0) {
    const { node, depth } = stack.pop() as { node: unknown; depth: number }
    count++
    if (depth > MAX_RICH_TEXT_DEPTH) {
      return `rich text is nested more than ${MAX_RICH_TEXT_DEPTH} levels deep; flatten the nested lists`
    }
    if (count > MAX_RICH_TEXT_NODES) {
      return `rich text has more than ${MAX_RICH_TEXT_NODES} nodes; split the text`
    }

    const content = (node as { content?: unknown } | null)?.content
    if (Array.isArray(content)) {
      for (const child of content) stack.push({ node: child, depth: depth + 1 })
    }
  }

  return null
}

const docShapeSchema = z.strictObject({
  type: z.literal('doc'),
  attrs: attributesSchema.optional(),
  content: z.array(richTextNodeSchema),
})

// The size check runs first, and the pipe stops there, so the recursive schema never parses a
// document deep enough to overflow the stack.
export const richTextDocSchema = z
  .unknown()
  .superRefine((value, context) => {
    const problem = checkRichTextSize(value)
    if (problem !== null) context.addIssue({ code: 'custom', message: problem })
  })
  .pipe(docShapeSchema) as unknown as z.ZodType<RichTextDoc, RichTextDoc>

/** Returns an empty document, the value of a field not written yet. */
export function emptyDoc(): RichTextDoc {
  return { type: 'doc', content: [] }
}

/** Builds a document of plain paragraphs, one per string. */
export function docFromParagraphs(paragraphs: readonly string[]): RichTextDoc {
  return {
    type: 'doc',
    content: paragraphs.map((text) => ({
      type: 'paragraph',
      content: text === '' ? [] : [{ type: 'text', text }],
    })),
  }
}
