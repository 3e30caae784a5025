import type { CommentRecord, Profile, ReviewEvent } from '../api/types'
import { CodeDeskError } from '../errors'
import type { Entry, Workflow } from '../model/entry'
import { assertRole } from './assertRole'
import { resolveCommentTarget } from './fieldPath'
import { rejectTransition } from './transitionErrors'

export interface RequestChangesInput {
  profile: Profile | null
  now: Date
  /** The reviewer's request to the writer. It must not be empty. */
  comment: string
  /** The field the comment is attached to, such as `faqs[2].answer`, or undefined for the entry. */
  field?: string | undefined
  /** The new comment's id, chosen by the caller so this function stays pure. */
  commentId: string
}

export interface RequestChangesResult {
  workflow: Workflow
  event: ReviewEvent
  comment: CommentRecord
}

/**
 * Sends an entry in review back to its writer with a comment, which is kept with the entry's
 * comments and shown at its field. Raises `forbidden` for a profile without the reviewer role,
 * `invalid-argument` for an empty comment or an unknown field, and `transition-rejected` for any
 * status but in-review.
 */
export function requestChangesTransition(
  entry: Entry,
  input: RequestChangesInput,
): RequestChangesResult {
  const profile = assertRole(input.profile, 'request-changes')

  if (entry.workflow.status !== 'in-review') {
    rejectTransition(entry, 'sent back', 'Only an entry in review can be sent back with changes.')
  }

  const text = input.comment.trim()
  if (text === '') {
    throw new CodeDeskError(
      'invalid-argument',
      `Requesting changes to entry ${entry.code} needs a comment: say what the writer should change.`,
    )
  }

  const target = input.field === undefined ? null : resolveCommentTarget(entry, input.field)
  const at = input.now.toISOString()
  const revision = entry.workflow.revision

  return {
    workflow: { ...entry.workflow, status: 'changes-requested' },
    event: { action: 'changes-requested', actor: profile.name, at, revision, comment: text },
    comment: {
      id: input.commentId,
      field: target?.field ?? null,
      text,
      author: profile.name,
      createdAt: at,
      revision,
      resolvedAt: null,
      resolvedBy: null,
      ...(target?.faqId === undefined ? {} : { faqId: target.faqId }),
    },
  }
}
