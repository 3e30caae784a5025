import type { CommentRecord, Profile } from '../api/types'
import { CodeDeskError } from '../errors'
import type { Entry } from '../model/entry'
import { assertRole } from './assertRole'
import { resolveCommentTarget } from './fieldPath'

export interface NewCommentInput {
  profile: Profile | null
  now: Date
  text: string
  /** The field the comment is attached to, such as `summary`, or undefined for the entry. */
  field?: string | undefined
  id: string
}

/**
 * Builds a comment on the entry's current revision. Anyone with a profile may comment, in any
 * status. Raises `invalid-argument` for empty text or an unknown field.
 */
export function createComment(entry: Entry, input: NewCommentInput): CommentRecord {
  const profile = assertRole(input.profile, 'comment')
  const text = input.text.trim()
  if (text === '') {
    throw new CodeDeskError('invalid-argument', `A comment on entry ${entry.code} needs text.`)
  }

  const target = input.field === undefined ? null : resolveCommentTarget(entry, input.field)

  return {
    id: input.id,
    field: target?.field ?? null,
    text,
    author: profile.name,
    createdAt: input.now.toISOString(),
    revision: entry.workflow.revision,
    resolvedAt: null,
    resolvedBy: null,
    ...(target?.faqId === undefined ? {} : { faqId: target.faqId }),
  }
}

/** Marks a comment resolved. Raises `transition-rejected` when it is already resolved. */
export function resolveComment(
  comment: CommentRecord,
  input: { profile: Profile | null; now: Date },
): CommentRecord {
  const profile = assertRole(input.profile, 'resolve-comment')
  if (comment.resolvedAt !== null) {
    throw new CodeDeskError(
      'transition-rejected',
      `Comment ${comment.id} was already resolved by ${comment.resolvedBy ?? 'someone'} at ${comment.resolvedAt}.`,
    )
  }

  return { ...comment, resolvedAt: input.now.toISOString(), resolvedBy: profile.name }
}
