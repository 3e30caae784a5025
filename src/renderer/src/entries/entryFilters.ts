import type { EntrySummary } from '../../../shared/api/types'
import type { EntryStatus } from '../../../shared/model/entry'

export type ProblemFilter = 'any' | 'errors' | 'warnings' | 'none'
export type EntrySort = 'relevance' | 'code' | 'updated'

/** The entry list's filters and sort order. A value of `'all'` or `'any'` filters nothing. */
export interface EntryFilters {
  status: EntryStatus | 'all'
  /** A category id, or `'all'`. */
  category: string
  /** A specialty id, or `'all'`. */
  specialty: string
  problems: ProblemFilter
  sort: EntrySort
}

export const NO_FILTERS: EntryFilters = {
  status: 'all',
  category: 'all',
  specialty: 'all',
  problems: 'any',
  sort: 'relevance',
}

// Code-unit order: codes and ISO timestamps need no locale rules, and this is much faster.
function compareText(a: string, b: string): number {
  if (a < b) return -1

  return a > b ? 1 : 0
}

function matchesProblems(summary: EntrySummary, filter: ProblemFilter): boolean {
  if (filter === 'errors') return summary.errorCount > 0
  if (filter === 'warnings') return summary.warningCount > 0
  if (filter === 'none') return summary.errorCount === 0 && summary.warningCount === 0

  return true
}

function matches(summary: EntrySummary, filters: EntryFilters): boolean {
  return (
    (filters.status === 'all' || summary.status === filters.status) &&
    (filters.category === 'all' || summary.category === filters.category) &&
    (filters.specialty === 'all' || summary.specialties.includes(filters.specialty)) &&
    matchesProblems(summary, filters.problems)
  )
}

/**
 * Returns the rows of the entry list. `searchCodes` is the search result, best match first, or
 * null when nothing is typed. The `relevance` sort keeps the search order, or code order when
 * nothing is typed.
 */
export function selectVisibleEntries(
  byCode: ReadonlyMap<string, EntrySummary>,
  sortedByCode: readonly EntrySummary[],
  searchCodes: readonly string[] | null,
  filters: EntryFilters,
): EntrySummary[] {
  const candidates =
    searchCodes === null
      ? sortedByCode
      : searchCodes.flatMap((code) => {
          const summary = byCode.get(code)
          return summary === undefined ? [] : [summary]
        })
  const visible = candidates.filter((summary) => matches(summary, filters))

  if (filters.sort === 'code' && searchCodes !== null) {
    visible.sort((a, b) => compareText(a.code, b.code))
  } else if (filters.sort === 'updated') {
    // ISO timestamps sort as strings, and the newest change comes first.
    visible.sort((a, b) => compareText(b.updatedAt, a.updatedAt))
  }

  return visible
}

/** Counts every entry of the folder by status, for the counts above the list. */
export function countByStatus(summaries: readonly EntrySummary[]): Record<EntryStatus, number> {
  const counts: Record<EntryStatus, number> = {
    draft: 0,
    'in-review': 0,
    'changes-requested': 0,
    approved: 0,
    published: 0,
  }
  for (const summary of summaries) counts[summary.status]++

  return counts
}
