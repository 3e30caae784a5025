import { useEffect, useRef, useState } from 'react'

import type { SearchResult } from '../../../shared/api/types'
import { api } from '../api/client'

export interface EntrySearch {
  /** Matching codes, best first, or null when the query is empty. */
  codes: string[] | null
  exactCode: string | null
  error: string | null
}

const EMPTY: EntrySearch = { codes: null, exactCode: null, error: null }

function fromResult(result: SearchResult): EntrySearch {
  return { codes: result.codes, exactCode: result.exactCode, error: null }
}

/**
 * Runs the folder's search index for every change of the query, and calls `onExactCode` when the
 * query is a whole code that has an entry. Results that arrive after a newer query was sent are
 * dropped, so fast typing never shows the results of an older query.
 */
export function useEntrySearch(
  query: string,
  revision: number,
  onExactCode: (code: string) => void,
): EntrySearch {
  const [search, setSearch] = useState<EntrySearch>(EMPTY)
  const latest = useRef(0)
  const onExactCodeRef = useRef(onExactCode)

  useEffect(() => {
    onExactCodeRef.current = onExactCode
  }, [onExactCode])

  useEffect(() => {
    const sequence = ++latest.current
    if (query.trim() === '') return

    api
      .searchEntries({ query: query.slice(0, 200) })
      .then((result) => {
        if (sequence !== latest.current) return

        const next = result.ok
          ? fromResult(result.value)
          : { ...EMPTY, codes: [], error: result.error.message }
        setSearch(next)
        if (next.exactCode !== null) onExactCodeRef.current(next.exactCode)
      })
      .catch((error: unknown) => {
        if (sequence === latest.current) setSearch({ ...EMPTY, codes: [], error: String(error) })
      })
  }, [query, revision])

  return query.trim() === '' ? EMPTY : search
}
