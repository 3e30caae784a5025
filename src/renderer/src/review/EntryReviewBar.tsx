import './review.css'

import { useId, useState } from 'react'

import type { EntryDetail } from '../../../shared/api/types'
import type { Entry } from '../../../shared/model/entry'
import type { Problem } from '../../../shared/validation/problem'
import { api } from '../api/client'
import { useNavigation } from '../app/NavigationContext'
import { focusField } from '../problems/focusField'
import { useProfile } from '../profile/ProfileContext'
import { CommentList } from './CommentList'
import { requestReview } from './reviewRequests'
import { useEntryComments } from './useEntryComments'

const STATUS_HINTS = {
  draft: 'Submit it when it is ready for a reviewer.',
  'in-review': 'Waiting for a reviewer. Edits stay in review, and the reviewer sees the new text.',
  'changes-requested': 'A reviewer asked for changes. Resolve the comments, then submit again.',
  approved: 'Approved. An edit starts the next revision as a draft; the site keeps this one.',
  published: 'Published. An edit starts the next revision as a draft; the site keeps this one.',
} as const

interface EntryReviewBarProps {
  /** The entry as the editor has it, unsaved edits included. */
  entry: Entry
  /** Whether every edit is saved; only then is the entry reloaded after a status change. */
  saved: boolean
  /** Saves pending edits; resolves true when nothing is left unsaved. */
  flush: () => Promise<boolean>
  /** Called with the entry after a submit or a reviewer changed it, like after a save. */
  onChanged: (detail: EntryDetail) => void
  /** Loads the entry again from the folder. */
  onReload: () => void
}

/**
 * Shows the writer what the entry's status means, with Submit, the open comments and a link to
 * the history. Each time the Entries screen is shown again it reads the comments again,
 * and reloads the entry when a reviewer changed its status meanwhile and nothing is unsaved.
 */
export function EntryReviewBar({ entry, saved, flush, onChanged, onReload }: EntryReviewBarProps) {
  const { profile } = useProfile()
  const { activeView, showView } = useNavigation()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  // The problems that stopped the last submit, listed until the writer edits the entry again.
  const [blocking, setBlocking] = useState<{ problems: Problem[]; entry: Entry } | null>(null)
  const [commentsOpen, setCommentsOpen] = useState(false)
  const [shownBefore, setShownBefore] = useState(true)
  const [refreshKey, setRefreshKey] = useState(0)
  const visible = activeView === 'entries'

  if (blocking !== null && blocking.entry !== entry) {
    setBlocking(null)
    setError(null)
  }

  if (visible !== shownBefore) {
    setShownBefore(visible)
    if (visible) setRefreshKey((key) => key + 1)
  }

  const { open, refresh } = useEntryComments(entry, refreshKey, (detail) => {
    onChanged(detail)
    if (saved) onReload()
  })
  const status = entry.workflow.status
  const canSubmit = status === 'draft' || status === 'changes-requested'
  const isWriter = profile.role !== 'reviewer'
  const submitBlockerId = useId()

  const submit = async () => {
    setBusy(true)
    setError(null)
    const flushed = await flush()
    const result = flushed ? await api.submitForReview({ code: entry.code }) : null
    setBusy(false)

    if (result === null) {
      setError('Your latest edits are not saved yet. Retry the save, then submit.')
    } else if (!result.ok) {
      const problems = result.error.code === 'validation-failed' ? result.error.details : undefined
      if (Array.isArray(problems) && problems.length > 0) {
        const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`
        setError(`${entry.code} cannot be submitted yet: fix ${count} first.`)
        setBlocking({ problems: problems as Problem[], entry })
      } else {
        setError(result.error.message)
      }
    } else {
      onChanged(result.value)
      onReload()
    }
  }

  return (
    <div className="entry-review-bar" role="region" aria-label="Review">
      <span className="muted">{STATUS_HINTS[status]}</span>
      {canSubmit && (
        <button
          type="button"
          className="primary"
          disabled={busy || !isWriter}
          aria-describedby={isWriter ? undefined : submitBlockerId}
          onClick={() => void submit()}
        >
          {busy ? 'Submitting…' : 'Submit for review'}
        </button>
      )}
      {canSubmit && !isWriter && (
        <span id={submitBlockerId} className="muted submit-blocker">
          {profile.name} has the reviewer role: writers submit. To submit, change the role with your
          name at the top right.
        </span>
      )}
      {open.length > 0 && (
        <button
          type="button"
          aria-expanded={commentsOpen}
          onClick={() => setCommentsOpen((isOpen) => !isOpen)}
        >
          {open.length} open {open.length === 1 ? 'comment' : 'comments'}
        </button>
      )}
      <button
        type="button"
        onClick={() => {
          requestReview(entry.code, 'history')
          showView('review')
        }}
      >
        History
      </button>
      {error !== null && (
        <div className="form-error" role="alert">
          <p>{error}</p>
          {blocking !== null && (
            <ul className="submit-problems">
              {blocking.problems.map((problem) => (
                <li key={`${problem.ruleId}:${problem.field}`}>
                  <button type="button" className="link" onClick={() => focusField(problem.field)}>
                    {problem.message}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {commentsOpen && (
        <CommentList
          code={entry.code}
          comments={open}
          onResolved={refresh}
          onShowField={(field) => focusField(field)}
        />
      )}
    </div>
  )
}
