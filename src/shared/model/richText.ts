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

/** The document schema without the size check and the shortcut `richTextDocSchema` takes. */
export const richTextDocShapeSchema = z.strictObject({
  type: z.literal('doc'),
  attrs: attributesSchema.optional(),
  content: z.array(richTextNodeSchema),
})

// Keys of a node and of a mark in the order the schemas emit them.
const NODE_KEYS = ['type', 'attrs', 'content', 'text', 'marks']
const MARK_KEYS = ['type', 'attrs']
const DOC_KEYS = ['type', 'attrs', 'content']
const MAX_TEXT_LENGTH = 100_000

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

// True when the object has only keys from `order`, in that order, none of them undefined.
function hasKeysInOrder(value: Record<string, unknown>, order: readonly string[]): boolean {
  let last = -1
  for (const key of Object.keys(value)) {
    const rank = order.indexOf(key)
    if (rank <= last || value[key] === undefined) return false
    last = rank
  }

  return true
}

// Attributes the schema would return unchanged: valid values, keys already in sorted order.
function isSortedAttributes(value: unknown): boolean {
  if (!isRecord(value)) return false

  const keys = Object.keys(value)
  for (let index = 0; index < keys.length; index++) {
    const attribute = value[keys[index] as string]
    const valid =
      typeof attribute === 'string' ||
      typeof attribute === 'boolean' ||
      attribute === null ||
      (typeof attribute === 'number' && Number.isFinite(attribute))
    if (!valid) return false
    if (index > 0 && (keys[index - 1] as string).localeCompare(keys[index] as string) >= 0)
      return false
  }

  return true
}

function isPlainMark(value: unknown): boolean {
  return (
    isRecord(value) &&
    hasKeysInOrder(value, MARK_KEYS) &&
    typeof value.type === 'string' &&
    value.type !== '' &&
    (value.attrs === undefined || isSortedAttributes(value.attrs))
  )
}

// Recursion is bounded: the size check has already limited the depth to MAX_RICH_TEXT_DEPTH.
function isPlainNode(value: unknown): boolean {
  if (!isRecord(value) || !hasKeysInOrder(value, NODE_KEYS)) return false

  const { type, attrs, content, text, marks } = value
  return (
    typeof type === 'string' &&
    type !== '' &&
    (attrs === undefined || isSortedAttributes(attrs)) &&
    (content === undefined || (Array.isArray(content) && content.every(isPlainNode))) &&
    (text === undefined || (typeof text === 'string' && text.length <= MAX_TEXT_LENGTH)) &&
    (marks === undefined || (Array.isArray(marks) && marks.every(isPlainMark)))
  )
}

/**
 * Returns true when `richTextDocShapeSchema` would accept the document and return an equal value
 * with the same key order, so the document can be used as it is. Files the app wrote are in that
 * form; anything else goes through the schema, which also explains what is wrong.
 */
export function isPlainRichTextDoc(value: unknown): value is RichTextDoc {
  if (!isRecord(value) || !hasKeysInOrder(value, DOC_KEYS) || value.type !== 'doc') return false

  return (
    (value.attrs === undefined || isSortedAttributes(value.attrs)) &&
    Array.isArray(value.content) &&
    value.content.every(isPlainNode)
  )
}

// The size check runs first, and the pipe stops there, so the recursive schema never parses a
// document deep enough to overflow the stack. A document already in the schema's form is kept as
// it is: parsing copied every node, and the copy took most of the entry schema's time per file.
export const richTextDocSchema = z
  .unknown()
  .superRefine((value, context) => {
    const problem = checkRichTextSize(value)
    if (problem !== null) context.addIssue({ code: 'custom', message: problem })
  })
  .pipe(
    z.unknown().transform((value, context) => {
      if (isPlainRichTextDoc(value)) return value

      const parsed = richTextDocShapeSchema.safeParse(value)
      if (parsed.success) return parsed.data
      for (const issue of parsed.error.issues)
        context.issues.push(issue as (typeof context.issues)[number])
      return z.NEVER
    }),
  ) as unknown as z.ZodType<RichTextDoc, RichTextDoc>

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
