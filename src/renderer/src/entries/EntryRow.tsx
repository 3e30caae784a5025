import { memo } from 'react'

import type { EntrySummary } from '../../../shared/api/types'
import { STATUS_LABELS } from './statusLabels'

interface EntryRowProps {
  summary: EntrySummary
  index: number
  active: boolean
  open: boolean
  /** Whether the service is still validating, so a count of zero may not be final. */
  countsPending: boolean
  top: number
  height: number
  onOpen: (index: number, code: string) => void
}

function problemLabel(summary: EntrySummary): string | null {
  const parts: string[] = []
  if (summary.errorCount > 0)
    parts.push(`${summary.errorCount} ${summary.errorCount === 1 ? 'error' : 'errors'}`)
  if (summary.warningCount > 0)
    parts.push(`${summary.warningCount} ${summary.warningCount === 1 ? 'warning' : 'warnings'}`)

  return parts.length === 0 ? null : parts.join(', ')
}

/**
 * One row of the virtualized entry list, positioned absolutely at `top`. Rows are memoized, so
 * scrolling renders only the rows that come into view.
 */
export const EntryRow = memo(function EntryRow(props: EntryRowProps) {
  const { summary, index, active, open, countsPending, top, height, onOpen } = props
  const problems = problemLabel(summary)

  return (
    <div
      id={`entry-option-${summary.code}`}
      role="option"
      aria-selected={open}
      className={`entry-row${active ? ' is-active' : ''}${open ? ' is-open' : ''}`}
      style={{ transform: `translateY(${top}px)`, height }}
      onClick={() => onOpen(index, summary.code)}
    >
      <div className="entry-row-line">
        <span className="entry-code">{summary.code}</span>
        <span className="entry-title">{summary.title || <em className="muted">No title</em>}</span>
      </div>
      <div className="entry-row-line entry-row-meta">
        <span className={`status-pill status-${summary.status}`}>
          {STATUS_LABELS[summary.status]}
        </span>
        {problems !== null && (
          <span className={summary.errorCount > 0 ? 'problem-count has-errors' : 'problem-count'}>
            {problems}
          </span>
        )}
        {problems === null && countsPending && (
          <span className="problem-count is-pending" title="The folder is still being validated.">
            Checking…
          </span>
        )}
        <span className="entry-updated">{summary.updatedAt.slice(0, 10)}</span>
      </div>
    </div>
  )
})
