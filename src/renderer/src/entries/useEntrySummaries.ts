import { useCallback, useEffect, useMemo, useState } from 'react'

import type { EntrySummary } from '../../../shared/api/types'
import { api } from '../api/client'
import { callApi, errorMessage } from '../app/callApi'

export interface EntrySummaries {
  /** Every entry of the folder in code order, or null while loading. */
  sorted: EntrySummary[] | null
  byCode: ReadonlyMap<string, EntrySummary>
  loadError: string | null
  upsert: (summary: EntrySummary) => void
  remove: (code: string) => void
  /** Loads the summaries again, for problem counts that the service filled in since. */
  refresh: () => void
}

function insertSorted(sorted: EntrySummary[], summary: EntrySummary): EntrySummary[] {
  const index = sorted.findIndex((candidate) => candidate.code >= summary.code)
  if (index === -1) return [...sorted, summary]
  if (sorted[index]?.code === summary.code) return sorted.with(index, summary)

  return [...sorted.slice(0, index), summary, ...sorted.slice(index)]
}

/**
 * Loads the summaries of every entry. The service validates the folder in the background after it
 * opens, so problem counts start at zero and `refresh` picks up the counts known by then.
 */
export function useEntrySummaries(): EntrySummaries {
  const [sorted, setSorted] = useState<EntrySummary[] | null>(null)
  const [loadError, setLoadError] = useState<string | null>(null)
  const [loadCount, setLoadCount] = useState(0)

  useEffect(() => {
    let cancelled = false

    callApi(api.listEntries({}))
      .then((loaded) => {
        // Rows saved while the list was loading keep their own, newer version.
        if (!cancelled) setSorted((current) => mergeNewer(current, loaded))
      })
      .catch((error: unknown) => {
        if (!cancelled) setLoadError(errorMessage(error))
      })

    return () => {
      cancelled = true
    }
  }, [loadCount])

  const byCode = useMemo(
    () => new Map((sorted ?? []).map((summary) => [summary.code, summary])),
    [sorted],
  )
  const upsert = useCallback((summary: EntrySummary) => {
    setSorted((current) => insertSorted(current ?? [], summary))
  }, [])
  const remove = useCallback((code: string) => {
    setSorted((current) => (current ?? []).filter((summary) => summary.code !== code))
  }, [])
  const refresh = useCallback(() => setLoadCount((count) => count + 1), [])

  return { sorted, byCode, loadError, upsert, remove, refresh }
}

function mergeNewer(current: EntrySummary[] | null, loaded: EntrySummary[]): EntrySummary[] {
  if (current === null) return loaded

  const currentByCode = new Map(current.map((summary) => [summary.code, summary]))
  return loaded.map((summary) => {
    const local = currentByCode.get(summary.code)
    return local !== undefined && local.updatedAt > summary.updatedAt ? local : summary
  })
}
