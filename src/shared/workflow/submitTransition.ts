import type { Profile, ReviewEvent } from '../api/types'
import type { Entry, Workflow } from '../model/entry'
import type { Problem } from '../validation/problem'
import { assertRole } from './assertRole'
import { assertNoErrors, rejectTransition } from './transitionErrors'

export interface SubmitInput {
  profile: Profile | null
  now: Date
  /** The entry's validation problems; any error blocks the submission. */
  problems: readonly Problem[]
}

export interface SubmitResult {
  workflow: Workflow
  event: ReviewEvent
}

/**
 * Moves a draft, or an entry whose reviewer requested changes, into review. Raises `forbidden`
 * for a profile without the writer role, `transition-rejected` for any other status and
 * `validation-failed` while the entry has validation errors.
 */
export function submitTransition(entry: Entry, input: SubmitInput): SubmitResult {
  const profile = assertRole(input.profile, 'submit')
  const status = entry.workflow.status

  if (status === 'in-review') {
    rejectTransition(entry, 'submitted', 'It is already in the review queue.')
  }
  if (status === 'approved' || status === 'published') {
    rejectTransition(
      entry,
      'submitted',
      `It has no changes since its approval. Edit it to start revision ${entry.workflow.revision + 1}, then submit that.`,
    )
  }
  assertNoErrors(entry, 'submitted', input.problems)

  return {
    workflow: { ...entry.workflow, status: 'in-review' },
    event: {
      action: 'submitted',
      actor: profile.name,
      at: input.now.toISOString(),
      revision: entry.workflow.revision,
      comment: null,
    },
  }
}
