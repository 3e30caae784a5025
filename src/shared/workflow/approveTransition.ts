import type { Profile, ReviewEvent, RevisionSnapshot } from '../api/types'
import { CodeDeskError } from '../errors'
import type { Entry } from '../model/entry'
import type { Problem } from '../validation/problem'
import { assertRole } from './assertRole'
import { assertNoErrors, isSamePerson, rejectTransition } from './transitionErrors'

export interface ApproveInput {
  profile: Profile | null
  now: Date
  /** The entry's validation problems; any error blocks the approval. */
  problems: readonly Problem[]
  /** `review.allowSelfApproval` of workspace.json: lets the revision's last author approve it. */
  allowSelfApproval: boolean
  comment?: string | undefined
  /** The `meta.updatedAt` of the text the reviewer saw, when the caller knows it. */
  expectedUpdatedAt?: string | undefined
}

export interface ApproveResult {
  /** The entry as approved: this is also the snapshot's text. */
  entry: Entry
  event: ReviewEvent
  snapshot: RevisionSnapshot
}

/**
 * Approves the revision in review and returns its snapshot for the history.
 *
 * Raises `forbidden` for a profile without the reviewer role. It also raises `forbidden` for a
 * reviewer who wrote the revision's last change (`meta.updatedBy`), unless the workspace allows
 * self-approval. Raises `conflict` when the text changed after the reviewer saw it,
 * `transition-rejected` for any status but in-review, and `validation-failed` on errors.
 */
export function approveTransition(entry: Entry, input: ApproveInput): ApproveResult {
  const profile = assertRole(input.profile, 'approve')
  const { status, revision } = entry.workflow

  if (status === 'draft' || status === 'changes-requested') {
    rejectTransition(entry, 'approved', 'The writer must submit it for review first.')
  }
  if (status === 'approved' || status === 'published') {
    rejectTransition(entry, 'approved', `Revision ${revision} is already approved.`)
  }
  if (input.expectedUpdatedAt !== undefined && input.expectedUpdatedAt !== entry.meta.updatedAt) {
    throw new CodeDeskError(
      'conflict',
      `Entry ${entry.code} was changed by ${entry.meta.updatedBy} at ${entry.meta.updatedAt}, after the version you reviewed. Reload the diff and review the new text before approving.`,
    )
  }
  assertNoErrors(entry, 'approved', input.problems)

  const selfApproval = isSamePerson(profile.name, entry.meta.updatedBy)
  if (selfApproval && !input.allowSelfApproval) {
    throw new CodeDeskError(
      'forbidden',
      `${profile.name} wrote the last change to entry ${entry.code} (revision ${revision}) and cannot approve it: another reviewer must. A one-person team can allow this with "review": { "allowSelfApproval": true } in workspace.json.`,
    )
  }

  const at = input.now.toISOString()
  const comment = input.comment?.trim() || null
  const approved: Entry = {
    ...entry,
    workflow: { ...entry.workflow, status: 'approved', approvedRevision: revision },
  }
  const flag = selfApproval ? { selfApproved: true } : {}

  return {
    entry: approved,
    event: { action: 'approved', actor: profile.name, at, revision, comment, ...flag },
    snapshot: {
      revision,
      entry: approved,
      author: entry.meta.updatedBy,
      reviewer: profile.name,
      approvedAt: at,
      comment,
      ...flag,
    },
  }
}
