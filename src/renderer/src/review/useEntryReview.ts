import { useEffect, useState } from 'react'

import type { EntryDetail, HistoryRecord, RevisionSnapshot } from '../../../shared/api/types'
import { api } from '../api/client'
import { callApi, errorMessage } from '../app/callApi'

/** The data the review panel shows of one entry: its current text, last approval and history. */
export interface EntryReviewData {
  detail: EntryDetail
  /** The snapshot of `workflow.approvedRevision`, or null for an entry never approved. */
  approved: RevisionSnapshot | null
  history: HistoryRecord
}

export type EntryReviewState =
  | { kind: 'loading' }
  | { kind: 'loaded'; data: EntryReviewData }
  | { kind: 'failed'; message: string }

async function loadEntryReview(code: string): Promise<EntryReviewData> {
  const [detail, history] = await Promise.all([
    callApi(api.getEntry({ code })),
    callApi(api.getHistory({ code })),
  ])
  const approvedRevision = detail.entry.workflow.approvedRevision
  const approved =
    approvedRevision === null
      ? null
      : await callApi(api.getRevision({ code, revision: approvedRevision }))

  return { detail, approved, history }
}

/** Loads an entry's review data, again whenever `reloadKey` changes. */
export function useEntryReview(code: string, reloadKey: number): EntryReviewState {
  const [state, setState] = useState<{ key: string; value: EntryReviewState } | null>(null)
  const key = `${code}#${reloadKey}`

  useEffect(() => {
    let current = true
    loadEntryReview(code)
      .then((data) => current && setState({ key, value: { kind: 'loaded', data } }))
      .catch((error: unknown) => {
        if (current) setState({ key, value: { kind: 'failed', message: errorMessage(error) } })
      })

    return () => {
      current = false
    }
  }, [code, key])

  // Until the new load lands, a reload keeps showing the last data instead of flashing "loading".
  if (state === null || (state.key !== key && !state.key.startsWith(`${code}#`))) {
    return { kind: 'loading' }
  }

  return state.value
}
