import { type KeyboardEvent, useCallback, useMemo, useRef, useState } from 'react'

import type { Taxonomy } from '../../../shared/model/taxonomy'
import { EntryFilterBar } from './EntryFilterBar'
import { countByStatus, type EntryFilters, NO_FILTERS, selectVisibleEntries } from './entryFilters'
import { NewEntryForm } from './NewEntryForm'
import { StatusCounts } from './StatusCounts'
import { useEntrySearch } from './useEntrySearch'
import type { EntrySummaries } from './useEntrySummaries'
import { VirtualEntryList } from './VirtualEntryList'

interface EntryListPanelProps {
  summaries: EntrySummaries
  taxonomy: Taxonomy
  openCode: string | null
  /**
   * The row that keyboard navigation starts from, kept by code so it stays on the same entry when
   * rows are filtered. Opening an entry from anywhere makes its row active.
   */
  activeCode: string | null
  onActiveCodeChange: (code: string | null) => void
  /** Changes after every save, so search results follow edited titles and synonyms. */
  searchRevision: number
  readOnly: boolean
  onOpen: (code: string) => void
  onCreate: (code: string, title: string) => Promise<string | null>
}

/** The left pane: search, status counts, filters, the entry list and a New entry form. */
export function EntryListPanel(props: EntryListPanelProps) {
  const { summaries, taxonomy, openCode, activeCode, searchRevision, readOnly, onOpen, onCreate } =
    props
  const setActiveCode = props.onActiveCodeChange
  const [query, setQuery] = useState('')
  const [filters, setFilters] = useState<EntryFilters>(NO_FILTERS)
  const [creating, setCreating] = useState(false)
  const listRef = useRef<HTMLDivElement>(null)

  // Typing a whole code jumps to it: the row becomes active and the entry opens.
  const search = useEntrySearch(query, searchRevision, onOpen)

  const rows = useMemo(
    () => selectVisibleEntries(summaries.byCode, summaries.sorted ?? [], search.codes, filters),
    [summaries.byCode, summaries.sorted, search.codes, filters],
  )
  const counts = useMemo(() => countByStatus(summaries.sorted ?? []), [summaries.sorted])
  // -1 until the person picks a row, so no row looks chosen while nothing is open.
  const activeIndex = rows.findIndex((summary) => summary.code === activeCode)
  const setActiveIndex = useCallback(
    (index: number) => setActiveCode(rows[index]?.code ?? null),
    [rows, setActiveCode],
  )

  const onSearchKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault()
      setActiveIndex(0)
      listRef.current?.focus()
    } else if (event.key === 'Enter' && rows[0] !== undefined) {
      event.preventDefault()
      onOpen(search.exactCode ?? rows[0].code)
    } else if (event.key === 'Escape') {
      setQuery('')
    }
  }

  const total = summaries.sorted?.length ?? 0

  return (
    <section className="entry-list-panel" aria-label="Entry list">
      <div className="list-header">
        <label className="search-box">
          <span className="visually-hidden">Search entries by code, title or synonym</span>
          <svg aria-hidden="true" viewBox="0 0 16 16" className="icon">
            <circle cx="7" cy="7" r="4.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
            <path d="M10.5 10.5 14 14" stroke="currentColor" strokeWidth="1.5" />
          </svg>
          <input
            type="search"
            placeholder="Search code, title, synonym"
            value={query}
            onChange={(event) => {
              setQuery(event.target.value)
              setActiveCode(null)
            }}
            onKeyDown={onSearchKeyDown}
          />
        </label>
        <button
          type="button"
          className="icon-button"
          aria-expanded={creating}
          disabled={readOnly}
          onClick={() => setCreating((value) => !value)}
        >
          New entry
        </button>
      </div>
      {creating && (
        <NewEntryForm
          onCancel={() => setCreating(false)}
          onCreate={async (code, title) => {
            const failure = await onCreate(code, title)
            if (failure === null) {
              setCreating(false)
              // A search or filter typed before would hide the new entry from the list.
              setQuery('')
              setFilters(NO_FILTERS)
            }
            return failure
          }}
        />
      )}
      <StatusCounts
        counts={counts}
        selected={filters.status}
        onSelect={(status) => setFilters({ ...filters, status })}
      />
      <EntryFilterBar
        filters={filters}
        taxonomy={taxonomy}
        onChange={(next) => {
          // Counts fill in on the service after the folder opens, so fetch the current ones.
          if (next.problems !== filters.problems && next.problems !== 'any') summaries.refresh()
          setFilters(next)
        }}
      />
      <p className="list-summary" role="status">
        {summaries.sorted === null
          ? 'Loading entries…'
          : `${rows.length.toLocaleString()} of ${total.toLocaleString()} entries`}
        {summaries.sorted !== null && summaries.countsPending && <span> · Counting problems…</span>}
        {search.error !== null && (
          <span className="form-error"> · Search failed: {search.error}</span>
        )}
      </p>
      {summaries.loadError !== null && (
        <p className="form-error" role="alert">
          Entries could not be listed: {summaries.loadError}
        </p>
      )}
      {summaries.countsError !== null && (
        <p className="form-error" role="alert">
          Problem counts could not be updated: {summaries.countsError} Show another screen and come
          back to try again.
        </p>
      )}
      {summaries.sorted !== null && rows.length === 0 && (
        <div className="list-empty">
          <p>No entry matches the search and filters.</p>
          <button
            type="button"
            onClick={() => {
              setQuery('')
              setFilters(NO_FILTERS)
            }}
          >
            Clear search and filters
          </button>
        </div>
      )}
      <VirtualEntryList
        rows={rows}
        openCode={openCode}
        countsPending={summaries.countsPending}
        activeIndex={activeIndex}
        onActiveIndexChange={setActiveIndex}
        onOpen={onOpen}
        listRef={listRef}
      />
    </section>
  )
}
