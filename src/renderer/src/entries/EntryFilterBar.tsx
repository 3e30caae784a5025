import { ENTRY_STATUSES, type EntryStatus } from '../../../shared/model/entry'
import type { Taxonomy } from '../../../shared/model/taxonomy'
import type { EntryFilters, EntrySort, ProblemFilter } from './entryFilters'
import { STATUS_LABELS } from './statusLabels'

interface EntryFilterBarProps {
  filters: EntryFilters
  taxonomy: Taxonomy
  onChange: (filters: EntryFilters) => void
}

/** Filters by status, category, specialty and problems, and the sort order. */
export function EntryFilterBar({ filters, taxonomy, onChange }: EntryFilterBarProps) {
  const set = <K extends keyof EntryFilters>(key: K, value: EntryFilters[K]) =>
    onChange({ ...filters, [key]: value })

  return (
    <div className="filter-bar" role="group" aria-label="Filter and sort entries">
      <label>
        <span className="visually-hidden">Status</span>
        <select
          value={filters.status}
          onChange={(event) => set('status', event.target.value as EntryStatus | 'all')}
        >
          <option value="all">All statuses</option>
          {ENTRY_STATUSES.map((status) => (
            <option key={status} value={status}>
              {STATUS_LABELS[status]}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span className="visually-hidden">Category</span>
        <select value={filters.category} onChange={(event) => set('category', event.target.value)}>
          <option value="all">All categories</option>
          {taxonomy.categories.map((category) => (
            <option key={category.id} value={category.id}>
              {category.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span className="visually-hidden">Specialty</span>
        <select
          value={filters.specialty}
          onChange={(event) => set('specialty', event.target.value)}
        >
          <option value="all">All specialties</option>
          {taxonomy.specialties.map((specialty) => (
            <option key={specialty.id} value={specialty.id}>
              {specialty.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span className="visually-hidden">Problems</span>
        <select
          value={filters.problems}
          onChange={(event) => set('problems', event.target.value as ProblemFilter)}
        >
          <option value="any">Any problems</option>
          <option value="errors">Has errors</option>
          <option value="warnings">Has warnings</option>
          <option value="none">No problems</option>
        </select>
      </label>
      <label>
        <span className="visually-hidden">Sort by</span>
        <select
          value={filters.sort}
          onChange={(event) => set('sort', event.target.value as EntrySort)}
        >
          <option value="relevance">Best match</option>
          <option value="code">Code</option>
          <option value="updated">Last change</option>
        </select>
      </label>
    </div>
  )
}
