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
    text: z.string().optional(),
    marks: z.array(markSchema).optional(),
  }),
)

export const richTextDocSchema = z.strictObject({
  type: z.literal('doc'),
  attrs: attributesSchema.optional(),
  content: z.array(richTextNodeSchema),
}) as z.ZodType<RichTextDoc, RichTextDoc>

/** Returns an empty document, the value of a field nobody has written yet. */
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
