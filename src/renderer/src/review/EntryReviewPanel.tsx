import { useEffect, useRef, useState } from 'react'

import { diffEntries } from '../../../shared/diff/diffEntries'
import { currentCommentField } from '../../../shared/workflow/fieldPath'
import { useWorkspace } from '../app/WorkspaceContext'
import { STATUS_LABELS } from '../entries/statusLabels'
import { useProfile } from '../profile/ProfileContext'
import { CommentList } from './CommentList'
import { EntryDiffView } from './EntryDiffView'
import { HistoryPanel } from './HistoryPanel'
import { ReviewActionsForm } from './ReviewActionsForm'
import type { DiffLayout } from './RichTextDiffView'
import type { EntryReviewData } from './useEntryReview'

interface EntryReviewPanelProps {
  data: EntryReviewData
  tab: 'changes' | 'history'
  onTabChange: (tab: 'changes' | 'history') => void
  /** Called after any action changed the entry or its history, with what happened. */
  onChanged: (message: string) => void
  /** Called instead of `onChanged` after an approval or a change request, with what happened. */
  onFinished: (message: string) => void
  /** Whether to focus the comment box once the panel shows, so a keyboard review goes on. */
  focusComment: boolean
}

/** Shows one entry under review: its changes since the last approval, the review form, history. */
export function EntryReviewPanel(props: EntryReviewPanelProps) {
  const { data, tab, onTabChange, onChanged, onFinished, focusComment } = props
  const { profile } = useProfile()
  const { info } = useWorkspace()
  const [layout, setLayout] = useState<DiffLayout>('side-by-side')
  const [field, setField] = useState('')
  const textRef = useRef<HTMLTextAreaElement | null>(null)
  const { entry, problems } = data.detail
  const errorCount = problems.filter((problem) => problem.severity === 'error').length
  const comments = data.history.comments.map((comment) => ({
    ...comment,
    field: currentCommentField(comment, entry),
  }))
  const statusLabel = STATUS_LABELS[entry.workflow.status].toLowerCase()
  const currentLabel = `Revision ${entry.workflow.revision} (${statusLabel})`
  const approvedLabel =
    data.approved === null ? 'Nothing approved yet' : `Approved revision ${data.approved.revision}`

  useEffect(() => {
    if (focusComment) textRef.current?.focus()
  }, [focusComment, entry.code])

  const commentOn = (path: string) => {
    setField(path)
    textRef.current?.focus()
  }

  return (
    <article className="entry-review" aria-label={`Review of ${entry.code}`}>
      <header className="entry-review-head">
        <h1>
          <span className="entry-code">{entry.code}</span> {entry.title}
        </h1>
        <p className="muted">
          Revision {entry.workflow.revision} ·{' '}
          <span className={`status-pill status-${entry.workflow.status}`}>
            {STATUS_LABELS[entry.workflow.status]}
          </span>{' '}
          · last change by {entry.meta.updatedBy} · compared with {approvedLabel.toLowerCase()}
        </p>
        {errorCount > 0 && (
          <ul className="review-problems" aria-label="Validation errors">
            {problems
              .filter((problem) => problem.severity === 'error')
              .map((problem, index) => (
                <li key={index}>{problem.message}</li>
              ))}
          </ul>
        )}
      </header>
      <div className="review-tabs" role="tablist" aria-label="Review sections">
        {(['changes', 'history'] as const).map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            aria-selected={tab === name}
            onClick={() => onTabChange(name)}
          >
            {name === 'changes' ? 'Changes' : 'History'}
          </button>
        ))}
        <span className="review-layout" role="group" aria-label="Diff layout">
          {(['side-by-side', 'inline'] as const).map((option) => (
            <button
              key={option}
              type="button"
              aria-pressed={layout === option}
              onClick={() => setLayout(option)}
            >
              {option === 'side-by-side' ? 'Side by side' : 'Inline'}
            </button>
          ))}
        </span>
      </div>
      {tab === 'changes' ? (
        <div role="tabpanel" aria-label="Changes">
          <ReviewActionsForm
            entry={entry}
            profile={profile}
            errorCount={errorCount}
            allowSelfApproval={info.workspace.review.allowSelfApproval}
            field={field}
            onFieldChange={setField}
            textRef={textRef}
            onDone={onChanged}
            onFinished={onFinished}
          />
          <CommentList
            code={entry.code}
            comments={comments}
            onResolved={() => onChanged('Comment resolved.')}
          />
          <EntryDiffView
            diffs={diffEntries(data.approved?.entry ?? null, entry)}
            layout={layout}
            oldLabel={approvedLabel}
            newLabel={currentLabel}
            onCommentField={commentOn}
          />
        </div>
      ) : (
        <div role="tabpanel" aria-label="History">
          <HistoryPanel
            entry={entry}
            history={data.history}
            profile={profile}
            layout={layout}
            onRestored={onChanged}
          />
        </div>
      )}
    </article>
  )
}
