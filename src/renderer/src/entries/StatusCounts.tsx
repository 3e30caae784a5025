import { ENTRY_STATUSES, type EntryStatus } from '../../../shared/model/entry'
import { STATUS_LABELS } from './statusLabels'

interface StatusCountsProps {
  counts: Record<EntryStatus, number>
  selected: EntryStatus | 'all'
  onSelect: (status: EntryStatus | 'all') => void
}

/** Shows the number of entries in each status. Choosing a status filters the list to it. */
export function StatusCounts({ counts, selected, onSelect }: StatusCountsProps) {
  return (
    <ul className="status-counts" aria-label="Entries by status">
      {ENTRY_STATUSES.map((status) => (
        <li key={status}>
          <button
            type="button"
            className={`status-count status-${status}`}
            aria-pressed={selected === status}
            onClick={() => onSelect(selected === status ? 'all' : status)}
          >
            <span className="status-count-number">{counts[status]}</span> {STATUS_LABELS[status]}
          </button>
        </li>
      ))}
    </ul>
  )
}
