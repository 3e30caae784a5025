import { CodeDeskError } from '../errors'
import type { Entry } from '../model/entry'

const WHOLE_FIELDS = new Set([
  'code',
  'codeSystem',
  'title',
  'category',
  'synonyms',
  'summary',
  'plainLanguage',
  'clinicalContext',
  'faqs',
  'specialties',
  'rvu',
])

// `synonyms[1]`, `specialties[0]`, `faqs[2]`, `faqs[2].question`, `faqs[2].answer`.
const ITEM_PATH = /^(synonyms|specialties|faqs)\[(\d{1,4})\](?:\.(question|answer))?$/

/** Where a comment points: a field path as validation problems and `data-field` use it. */
export interface CommentTarget {
  field: string
  /** Set for a path inside `faqs[i]`: the FAQ's stable id. */
  faqId?: string
}

/**
 * Checks that `field` names a field of the entry, in the same path syntax validation uses, and
 * returns it with the FAQ id when it points into an FAQ. Raises `invalid-argument` on an unknown
 * path or an index past the end of the list.
 */
export function resolveCommentTarget(entry: Entry, field: string): CommentTarget {
  if (WHOLE_FIELDS.has(field)) return { field }

  const match = ITEM_PATH.exec(field)
  if (match === null) {
    throw new CodeDeskError(
      'invalid-argument',
      `Field '${field}' is not a field of an entry. Use a path such as summary, synonyms[1] or faqs[2].answer.`,
    )
  }

  const [, list = '', indexText = '', subField] = match
  const index = Number(indexText)
  const items: readonly unknown[] = entry[list as 'synonyms' | 'specialties' | 'faqs']
  if (index >= items.length) {
    throw new CodeDeskError(
      'invalid-argument',
      `Field '${field}' does not exist: entry ${entry.code} has ${items.length} ${list}. Pick an item that exists.`,
    )
  }
  if (list !== 'faqs' && subField !== undefined) {
    throw new CodeDeskError(
      'invalid-argument',
      `Field '${field}' is not a field of an entry: only FAQs have a question and an answer.`,
    )
  }

  return list === 'faqs' ? { field, faqId: entry.faqs[index]?.id ?? '' } : { field }
}

/**
 * Returns the path a comment points at in the entry as it is now. A comment on an FAQ follows the
 * FAQ by its id when the FAQs were reordered, and falls back to `faqs` when the FAQ was deleted.
 */
export function currentCommentField(
  comment: { field: string | null; faqId?: string },
  entry: Entry,
): string | null {
  if (comment.field === null || comment.faqId === undefined) return comment.field

  const index = entry.faqs.findIndex((faq) => faq.id === comment.faqId)
  if (index === -1) return 'faqs'

  return comment.field.replace(/^faqs\[\d+\]/, `faqs[${index}]`)
}
