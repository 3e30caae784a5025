import './review.css'

import { useState } from 'react'

import { api } from '../api/client'
import { describeAge } from './describeAge'
import { useOpenComments } from './openCommentsStore'

/**
 * Shows the open review comments on one field beside it in the editor. `field` is the same path
 * as the field element's `data-field`. Renders nothing when the field has no open comment.
 */
export function FieldComments({ field }: { field: string }) {
  const open = useOpenComments()
  const [error, setError] = useState<string | null>(null)
  const comments = open?.comments.filter((comment) => comment.field === field) ?? []
  if (open === null || comments.length === 0) return null

  const resolve = async (commentId: string) => {
    const result = await api.resolveComment({ code: open.code, commentId })
    setError(result.ok ? null : `Comment not resolved: ${result.error.message}`)
    open.refresh()
  }

  return (
    <ul className="field-comments" aria-label="Review comments on this field">
      {comments.map((comment) => (
        <li key={comment.id} className="field-comment" role="note">
          <span className="field-comment-meta">
            {comment.author}, {describeAge(comment.createdAt)} ago
          </span>
          <span className="field-comment-text">{comment.text}</span>
          <button type="button" onClick={() => void resolve(comment.id)}>
            Resolve
          </button>
        </li>
      ))}
      {error !== null && (
        <li className="form-error" role="alert">
          {error}
        </li>
      )}
    </ul>
  )
}
