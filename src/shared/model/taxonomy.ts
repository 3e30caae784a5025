import { z } from 'zod'

import { CODE_SYSTEMS } from '../codes/codeSystem'
import { richTextDocSchema } from './richText'

/**
 * The codes a category covers: all codes of a system, those starting with a letter, or an
 * inclusive range of codes of the same length.
 */
export const categoryMatchSchema = z.union([
  z.strictObject({ prefix: z.string().min(1) }),
  z.strictObject({ from: z.string().min(5), to: z.string().min(5) }),
  z.strictObject({ any: z.literal(true) }),
])

export type CategoryMatch = z.infer<typeof categoryMatchSchema>

/** A category of codes and the billing and documentation text every code in it shares. */
export const categorySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  label: z.string().min(1),
  codeSystem: z.enum(CODE_SYSTEMS),
  match: categoryMatchSchema,
  billing: richTextDocSchema,
  documentation: richTextDocSchema,
})

export type Category = z.infer<typeof categorySchema>

export const specialtySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  label: z.string().min(1),
})

export type Specialty = z.infer<typeof specialtySchema>

/** A clinical term a patient may not know, and the plain words to use instead. */
export const glossaryTermSchema = z.strictObject({
  term: z.string().min(1),
  plain: z.string().min(1),
})

export type GlossaryTerm = z.infer<typeof glossaryTermSchema>

export const taxonomySchema = z.strictObject({
  categories: z.array(categorySchema),
  specialties: z.array(specialtySchema),
  glossary: z.array(glossaryTermSchema),
})

export type Taxonomy = z.infer<typeof taxonomySchema>

/** Returns whether a code falls in a category's match. */
export function categoryMatches(category: Category, code: string): boolean {
  const match = category.match

  if ('prefix' in match) return code.startsWith(match.prefix)
  if ('from' in match) {
    return code.length === match.from.length && code >= match.from && code <= match.to
  }

  return true
}
