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
  /**
   * True while the service still validates the folder in the background, so a listed count of
   * zero does not yet mean no problems. The list is loaded again once the validation ends.
   */
  countsPending: boolean
  /** The error message of a failed validation status request while polling, or null. */
  countsError: string | null
}

// How often the list requests the validation status while it is pending. That response is small,
// and the list itself is fetched once more at the end.
const VALIDATION_POLL_MS = 1000

function insertSorted(sorted: EntrySummary[], summary: EntrySummary): EntrySummary[] {
  const index = sorted.findIndex((candidate) => candidate.code >= summary.code)
  if (index === -1) return [...sorted, summary]
  if (sorted[index]?.code === summary.code) return sorted.with(index, summary)

  return [...sorted.slice(0, index), summary, ...sorted.slice(index)]
}

/**
 * Reads whether the background validation is pending, then the summaries. In that order, a status
 * that is not pending means the summaries carry final counts.
 */
async function loadSummaries(): Promise<{ summaries: EntrySummary[]; pending: boolean }> {
  const status = await callApi(api.getValidationStatus({}))
  const summaries = await callApi(api.listEntries({}))

  return { summaries, pending: status.pending }
}

/**
 * Loads the summaries of every entry. The service validates the folder in the background after it
 * opens, so problem counts start at zero. While that validation runs, `countsPending` is true and
 * the hook polls the service, then loads the summaries again with their final counts.
 */
export function useEntrySummaries(): EntrySummaries {
  const [sorted, setSorted] = useState<EntrySummary[] | null>(null)
  const [loadError, setLoadError] = useState<string | null>(null)
  const [loadCount, setLoadCount] = useState(0)
  // The load that found the validation pending, so that each such load starts its own polling.
  const [pendingLoad, setPendingLoad] = useState<number | null>(null)
  const [countsError, setCountsError] = useState<string | null>(null)

  useEffect(() => {
    let cancelled = false

    loadSummaries()
      .then(({ summaries, pending }) => {
        if (cancelled) return
        // Rows saved while the list was loading keep their own, newer version.
        setSorted((current) => mergeNewer(current, summaries))
        setPendingLoad(pending ? loadCount : null)
        setCountsError(null)
      })
      .catch((error: unknown) => {
        if (!cancelled) setLoadError(errorMessage(error))
      })

    return () => {
      cancelled = true
    }
  }, [loadCount])

  const refresh = useCallback(() => setLoadCount((count) => count + 1), [])

  useEffect(() => {
    if (pendingLoad === null) return
    let cancelled = false
    let timer: ReturnType<typeof setTimeout> | undefined

    const poll = () => {
      timer = setTimeout(() => {
        void api.getValidationStatus({}).then((result) => {
          if (cancelled) return
          if (!result.ok) setCountsError(result.error.message)
          else if (result.value.pending) poll()
          else refresh()
        })
      }, VALIDATION_POLL_MS)
    }
    poll()

    return () => {
      cancelled = true
      clearTimeout(timer)
    }
  }, [pendingLoad, refresh])

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

  return {
    sorted,
    byCode,
    loadError,
    upsert,
    remove,
    refresh,
    countsPending: pendingLoad !== null,
    countsError,
  }
}

function mergeNewer(current: EntrySummary[] | null, loaded: EntrySummary[]): EntrySummary[] {
  if (current === null) return loaded

  const currentByCode = new Map(current.map((summary) => [summary.code, summary]))
  return loaded.map((summary) => {
    const local = currentByCode.get(summary.code)
    return local !== undefined && local.updatedAt > summary.updatedAt ? local : summary
  })
}
