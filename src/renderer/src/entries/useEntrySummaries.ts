import { useCallback, useEffect, useMemo, useState } from 'react'

import type { EntrySummary } from '../../../shared/api/types'
import { api } from '../api/client'
import { callApi, errorMessage } from '../app/callApi'

export interface EntrySummaries {
  /** Every entry of the folder in code order, or null while loading. */
  sorted: EntrySummary[] | null
  byCode: ReadonlyMap<string, EntrySummary>
  loadError: string | null
  /** True while the whole folder is validated in the background to fill the problem counts. */
  checking: boolean
  upsert: (summary: EntrySummary) => void
  remove: (code: string) => void
}

function insertSorted(sorted: EntrySummary[], summary: EntrySummary): EntrySummary[] {
  const index = sorted.findIndex((candidate) => candidate.code >= summary.code)
  if (index === -1) return [...sorted, summary]
  if (sorted[index]?.code === summary.code) return sorted.with(index, summary)

  return [...sorted.slice(0, index), summary, ...sorted.slice(index)]
}

/**
 * Loads the summaries of every entry, then validates the folder in the background and loads
 * them again, because problem counts are only known once each entry has been validated.
 */
export function useEntrySummaries(): EntrySummaries {
  const [sorted, setSorted] = useState<EntrySummary[] | null>(null)
  const [loadError, setLoadError] = useState<string | null>(null)
  const [checking, setChecking] = useState(false)

  useEffect(() => {
    let cancelled = false

    const load = async () => {
      const first = await callApi(api.listEntries({}))
      if (cancelled) return
      setSorted(first)

      setChecking(true)
      const validated = await api.validateFolder({})
      if (cancelled) return
      if (validated.ok) {
        const counted = await callApi(api.listEntries({}))
        // Rows saved meanwhile keep their own, newer counts.
        if (!cancelled) setSorted((current) => mergeCounts(current, counted))
      }
      setChecking(false)
    }

    load().catch((error: unknown) => {
      if (!cancelled) setLoadError(errorMessage(error))
    })

    return () => {
      cancelled = true
    }
  }, [])

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

  return { sorted, byCode, loadError, checking, upsert, remove }
}

function mergeCounts(current: EntrySummary[] | null, counted: EntrySummary[]): EntrySummary[] {
  if (current === null) return counted

  const currentByCode = new Map(current.map((summary) => [summary.code, summary]))
  return counted.map((summary) => {
    const local = currentByCode.get(summary.code)
    return local !== undefined && local.updatedAt > summary.updatedAt ? local : summary
  })
}
