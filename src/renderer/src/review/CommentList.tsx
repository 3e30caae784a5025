import { useState } from 'react'

import type { CommentRecord } from '../../../shared/api/types'
import { api } from '../api/client'
import { describeAge } from './describeAge'
import { fieldLabel } from './fieldLabels'

interface CommentListProps {
  code: string
  /** Comments with `field` already moved to where the field is now. */
  comments: CommentRecord[]
  onResolved: () => void
  /** Offers a button per comment that moves the focus to its field. */
  onShowField?: (field: string) => void
}

/** Lists comments, open ones first, each with its field, author, age and a Resolve button. */
export function CommentList({ code, comments, onResolved, onShowField }: CommentListProps) {
  const [error, setError] = useState<string | null>(null)
  const ordered = [...comments].sort(
    (a, b) => Number(a.resolvedAt !== null) - Number(b.resolvedAt !== null),
  )

  const resolve = async (comment: CommentRecord) => {
    const result = await api.resolveComment({ code, commentId: comment.id })
    if (!result.ok) {
      setError(`Comment not resolved: ${result.error.message}`)
      return
    }

    setError(null)
    onResolved()
  }

  if (comments.length === 0) return null

  return (
    <div className="comment-list">
      {error !== null && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <ul>
        {ordered.map((comment) => (
          <li
            key={comment.id}
            className={comment.resolvedAt === null ? 'comment' : 'comment is-resolved'}
            data-comment-field={comment.field ?? ''}
          >
            <div className="comment-meta">
              <strong>{fieldLabel(comment.field)}</strong> · {comment.author} ·{' '}
              {describeAge(comment.createdAt)} ago · revision {comment.revision}
              {comment.resolvedAt !== null && ` · resolved by ${comment.resolvedBy ?? 'someone'}`}
            </div>
            <p className="comment-text">{comment.text}</p>
            {comment.resolvedAt === null && (
              <div className="comment-actions">
                {onShowField !== undefined && comment.field !== null && (
                  <button type="button" onClick={() => onShowField(comment.field ?? '')}>
                    Show field
                  </button>
                )}
                <button type="button" onClick={() => void resolve(comment)}>
                  Resolve
                </button>
              </div>
            )}
          </li>
        ))}
      </ul>
    </div>
  )
}
