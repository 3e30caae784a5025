import type { ReviewQueueItem } from '../../../shared/api/types'
import { describeAge } from './describeAge'

interface ReviewQueueListProps {
  queue: ReviewQueueItem[] | null
  error: string | null
  selectedCode: string | null
  onSelect: (code: string) => void
}

/** Lists the entries waiting for review, oldest submission first, with author and waiting time. */
export function ReviewQueueList({ queue, error, selectedCode, onSelect }: ReviewQueueListProps) {
  return (
    <nav className="review-queue" aria-label="Review queue">
      <h2>
        Review queue{' '}
        {queue !== null && <span className="muted">({queue.length}, oldest first)</span>}
      </h2>
      {error !== null && (
        <p className="form-error" role="alert">
          The queue could not be loaded: {error}
        </p>
      )}
      {queue?.length === 0 && <p className="muted">Nothing is waiting for review.</p>}
      <ul>
        {queue?.map((item) => (
          <li key={item.code}>
            <button
              type="button"
              className="queue-item"
              aria-current={item.code === selectedCode ? 'true' : undefined}
              data-code={item.code}
              onClick={() => onSelect(item.code)}
            >
              <span className="queue-item-line">
                <span className="entry-code">{item.code}</span>
                <span className="queue-item-title">{item.title}</span>
              </span>
              <span className="queue-item-line muted">
                {item.author} · revision {item.revision} · waiting {describeAge(item.submittedAt)}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  )
}
