import { useState } from 'react'

import type { HistoryRecord, Profile, RevisionSnapshot } from '../../../shared/api/types'
import { diffEntries } from '../../../shared/diff/diffEntries'
import type { Entry } from '../../../shared/model/entry'
import { api } from '../api/client'
import { callApi, errorMessage } from '../app/callApi'
import { formatTime } from './describeAge'
import { EntryDiffView } from './EntryDiffView'
import type { DiffLayout } from './RichTextDiffView'

const ACTION_LABELS: Record<string, string> = {
  submitted: 'Submitted',
  approved: 'Approved',
  'changes-requested': 'Changes requested',
  restored: 'Restored',
  published: 'Published',
}

interface HistoryPanelProps {
  entry: Entry
  history: HistoryRecord
  profile: Profile
  layout: DiffLayout
  /** Called after a restore, with a sentence saying what happened. */
  onRestored: (message: string) => void
}

/**
 * Lists the approved revisions of an entry, newest first. Each can be compared with the current
 * text and restored as a new draft. Below them come the entry's review events in order.
 */
export function HistoryPanel({ entry, history, profile, layout, onRestored }: HistoryPanelProps) {
  const [compared, setCompared] = useState<RevisionSnapshot | null>(null)
  const [confirming, setConfirming] = useState<number | null>(null)
  const [error, setError] = useState<string | null>(null)
  const canRestore = profile.role !== 'reviewer'
  const nextRevision = entry.workflow.revision + 1

  const compare = (revision: number) => {
    setError(null)
    callApi(api.getRevision({ code: entry.code, revision }))
      .then(setCompared)
      .catch((failure: unknown) => setError(errorMessage(failure)))
  }

  const restore = async (revision: number) => {
    const result = await api.restoreRevision({ code: entry.code, revision })
    setConfirming(null)
    if (!result.ok) {
      setError(result.error.message)
      return
    }

    setCompared(null)
    onRestored(
      `Revision ${revision} restored as draft revision ${result.value.entry.workflow.revision}.`,
    )
  }

  return (
    <div className="history-panel">
      {error !== null && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <h3>Approved revisions</h3>
      {history.revisions.length === 0 && (
        <p className="muted">No revision has been approved yet.</p>
      )}
      <ol className="revision-list" reversed>
        {[...history.revisions].reverse().map((revision) => (
          <li key={revision.revision} className="revision" data-revision={revision.revision}>
            <div>
              <strong>Revision {revision.revision}</strong> by {revision.author}, approved by{' '}
              {revision.reviewer} on {formatTime(revision.approvedAt)}
              {revision.selfApproved === true && (
                <span className="self-approved"> (self-approved, allowed by the workspace)</span>
              )}
              {revision.comment !== null && <p className="comment-text">{revision.comment}</p>}
            </div>
            <div className="revision-actions">
              <button type="button" onClick={() => compare(revision.revision)}>
                Compare with current
              </button>
              {confirming === revision.revision ? (
                <span role="group" aria-label={`Restore revision ${revision.revision}?`}>
                  <button
                    type="button"
                    className="danger"
                    autoFocus
                    onClick={() => void restore(revision.revision)}
                  >
                    Restore as revision {nextRevision}
                  </button>
                  <button type="button" onClick={() => setConfirming(null)}>
                    Cancel
                  </button>
                </span>
              ) : (
                <button
                  type="button"
                  disabled={!canRestore}
                  title={canRestore ? undefined : 'Reviewers do not restore: a writer does.'}
                  onClick={() => setConfirming(revision.revision)}
                >
                  Restore…
                </button>
              )}
            </div>
            {confirming === revision.revision && (
              <p className="muted">
                The text of revision {revision.revision} becomes draft revision {nextRevision}. The
                current text of revision {entry.workflow.revision} is replaced
                {entry.workflow.approvedRevision === entry.workflow.revision
                  ? ' (it stays in the history as an approved revision).'
                  : ' and is not kept, because it was never approved.'}
              </p>
            )}
          </li>
        ))}
      </ol>
      {compared !== null && (
        <section aria-label={`Revision ${compared.revision} compared with the current text`}>
          <h3>
            Revision {compared.revision} compared with the current text{' '}
            <button type="button" onClick={() => setCompared(null)}>
              Close
            </button>
          </h3>
          <EntryDiffView
            diffs={diffEntries(compared.entry, entry)}
            layout={layout}
            oldLabel={`Revision ${compared.revision}`}
            newLabel={`Current text (revision ${entry.workflow.revision})`}
          />
        </section>
      )}
      <h3>Events</h3>
      <ol className="event-list">
        {history.events.map((event, index) => (
          <li key={index}>
            {formatTime(event.at)} · {ACTION_LABELS[event.action] ?? event.action} by {event.actor}{' '}
            · revision {event.revision}
            {event.selfApproved === true && ' · self-approved'}
            {event.comment !== null && <span className="muted"> · {event.comment}</span>}
          </li>
        ))}
      </ol>
    </div>
  )
}
