import { type RefObject, useId, useState } from 'react'

import type { Profile } from '../../../shared/api/types'
import type { Result } from '../../../shared/errors'
import type { Entry } from '../../../shared/model/entry'
import { isSamePerson } from '../../../shared/workflow/transitionErrors'
import { api } from '../api/client'
import { commentableFields, fieldLabel } from './fieldLabels'

interface ReviewActionsFormProps {
  entry: Entry
  profile: Profile
  errorCount: number
  allowSelfApproval: boolean
  /** The field the next comment is attached to; '' for the whole entry. */
  field: string
  onFieldChange: (field: string) => void
  textRef: RefObject<HTMLTextAreaElement | null>
  /** Called after a comment was added, with a sentence saying what happened. */
  onDone: (message: string) => void
  /**
   * Called after an approval or a change request, which take the entry out of the review queue,
   * with a sentence saying what happened.
   */
  onFinished: (message: string) => void
}

function approvalBlocker(props: ReviewActionsFormProps): string | null {
  const { entry, profile } = props

  if (profile.role === 'writer') return `${profile.name} has the writer role: reviewers approve.`
  if (entry.workflow.status !== 'in-review') return 'Only an entry in review can be approved.'
  if (props.errorCount > 0) return `${props.errorCount} validation errors block the approval.`
  if (isSamePerson(profile.name, entry.meta.updatedBy) && !props.allowSelfApproval) {
    return `${profile.name} wrote the last change, so another reviewer must approve it.`
  }

  return null
}

/** Shows the reviewer's comment box with Approve, Request changes and Add comment. */
export function ReviewActionsForm(props: ReviewActionsFormProps) {
  const { entry, profile, field, onFieldChange, textRef, onDone, onFinished } = props
  const [text, setText] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const id = useId()
  const isReviewer = profile.role !== 'writer'
  const inReview = entry.workflow.status === 'in-review'
  const blocker = approvalBlocker(props)
  const selfApproval = blocker === null && isSamePerson(profile.name, entry.meta.updatedBy)
  const target = field === '' ? undefined : field

  const run = async (
    action: () => Promise<Result<unknown>>,
    message: string,
    report: (message: string) => void,
  ) => {
    setBusy(true)
    setError(null)
    const result = await action()
    setBusy(false)

    if (!result.ok) {
      setError(result.error.message)
      return
    }
    setText('')
    report(message)
  }

  const approve = () =>
    run(
      () =>
        api.approveEntry({
          code: entry.code,
          comment: text.trim() === '' ? undefined : text,
          expectedUpdatedAt: entry.meta.updatedAt,
        }),
      `${entry.code} revision ${entry.workflow.revision} approved.`,
      onFinished,
    )
  const requestChanges = () =>
    run(
      () => api.requestChanges({ code: entry.code, comment: text, field: target }),
      `${entry.code} sent back to the writer.`,
      onFinished,
    )
  const addComment = () =>
    run(
      () => api.addComment({ code: entry.code, text, field: target }),
      `Comment added to ${fieldLabel(target ?? null).toLowerCase()}.`,
      onDone,
    )

  return (
    <form className="review-actions" onSubmit={(event) => event.preventDefault()}>
      <div className="review-comment-row">
        <label className="review-comment-field" htmlFor={`${id}-text`}>
          Comment
        </label>
        <select
          aria-label="Field the comment is about"
          value={field}
          onChange={(event) => onFieldChange(event.target.value)}
        >
          <option value="">Whole entry</option>
          {commentableFields(entry).map((path) => (
            <option key={path} value={path}>
              {fieldLabel(path)}
            </option>
          ))}
        </select>
      </div>
      <textarea
        id={`${id}-text`}
        ref={textRef}
        rows={3}
        value={text}
        maxLength={20_000}
        placeholder="What should change, and why? Required to request changes."
        onChange={(event) => setText(event.target.value)}
      />
      {error !== null && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="review-buttons">
        <button
          type="button"
          className="primary"
          disabled={busy || blocker !== null}
          aria-describedby={blocker === null ? undefined : `${id}-blocker`}
          onClick={() => void approve()}
        >
          Approve revision {entry.workflow.revision}
        </button>
        <button
          type="button"
          disabled={busy || !isReviewer || !inReview || text.trim() === ''}
          onClick={() => void requestChanges()}
        >
          Request changes
        </button>
        <button
          type="button"
          disabled={busy || text.trim() === ''}
          onClick={() => void addComment()}
        >
          Add comment
        </button>
        {blocker !== null && (
          <span id={`${id}-blocker`} className="muted">
            {blocker}
          </span>
        )}
        {selfApproval && (
          <span className="self-approved">
            You wrote the last change, so the approval is recorded as self-approved.
          </span>
        )}
      </div>
    </form>
  )
}
