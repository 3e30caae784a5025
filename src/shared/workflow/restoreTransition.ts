import type { Profile, ReviewEvent, RevisionSnapshot } from '../api/types'
import type { Entry } from '../model/entry'
import { assertRole } from './assertRole'
import { entryContent, hasSameContent } from './hasSameContent'
import { rejectTransition } from './transitionErrors'

export interface RestoreResult {
  /** The entry to write: the snapshot's text as a new draft revision. */
  entry: Entry
  event: ReviewEvent
}

/**
 * Turns an approved revision back into the entry's text as a new draft revision (the current
 * revision + 1), whatever the current status. `approvedRevision` is kept, so export goes on using
 * the last approval until the restored text is approved. The text of an unapproved current
 * revision is replaced and not kept in the history. Raises `forbidden` for a profile without the
 * writer role and `transition-rejected` when the current text already equals the snapshot.
 */
export function restoreTransition(
  current: Entry,
  snapshot: RevisionSnapshot,
  input: { profile: Profile | null; now: Date },
): RestoreResult {
  const profile = assertRole(input.profile, 'restore')
  if (hasSameContent(current, snapshot.entry)) {
    rejectTransition(
      current,
      `restored to revision ${snapshot.revision}`,
      'Its text already equals that revision, so there is nothing to restore.',
    )
  }

  const revision = current.workflow.revision + 1

  return {
    entry: {
      ...entryContent(snapshot.entry),
      workflow: { ...current.workflow, status: 'draft', revision },
      meta: current.meta,
    },
    event: {
      action: 'restored',
      actor: profile.name,
      at: input.now.toISOString(),
      revision,
      comment: `Restored the text of revision ${snapshot.revision}.`,
    },
  }
}
