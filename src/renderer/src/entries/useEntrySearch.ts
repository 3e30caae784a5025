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
  const lastQuery = useRef('')
  const mayJump = useRef(false)

  useEffect(() => {
    onExactCodeRef.current = onExactCode
  }, [onExactCode])

  useEffect(() => {
    const sequence = ++latest.current
    // Only a newly typed query jumps: a search repeated after a save must not reopen the code.
    if (query !== lastQuery.current) {
      lastQuery.current = query
      mayJump.current = true
    }
    if (query.trim() === '') return

    api
      .searchEntries({ query: query.slice(0, 200) })
      .then((result) => {
        if (sequence !== latest.current) return

        const next = result.ok
          ? fromResult(result.value)
          : { ...EMPTY, codes: [], error: result.error.message }
        setSearch(next)
        if (next.exactCode !== null && mayJump.current) {
          mayJump.current = false
          onExactCodeRef.current(next.exactCode)
        }
      })
      .catch((error: unknown) => {
        if (sequence === latest.current) setSearch({ ...EMPTY, codes: [], error: String(error) })
      })
  }, [query, revision])

  return query.trim() === '' ? EMPTY : search
}
