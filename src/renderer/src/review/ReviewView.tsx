import './review.css'

import { useEffect, useState } from 'react'

import type { ReviewQueueItem } from '../../../shared/api/types'
import { api } from '../api/client'
import { useNavigation } from '../app/NavigationContext'
import { EntryReviewPanel } from './EntryReviewPanel'
import { ReviewQueueList } from './ReviewQueueList'
import { useReviewRequest } from './reviewRequests'
import { useEntryReview } from './useEntryReview'

function SelectedEntry(props: {
  code: string
  reloadKey: number
  tab: 'changes' | 'history'
  onTabChange: (tab: 'changes' | 'history') => void
  onChanged: (message: string) => void
}) {
  const state = useEntryReview(props.code, props.reloadKey)

  if (state.kind === 'loading') return <p className="editor-message">Opening {props.code}…</p>
  if (state.kind === 'failed') {
    return (
      <p className="editor-message" role="alert">
        {props.code} could not be opened for review: {state.message}
      </p>
    )
  }

  return (
    <EntryReviewPanel
      data={state.data}
      tab={props.tab}
      onTabChange={props.onTabChange}
      onChanged={props.onChanged}
    />
  )
}

/**
 * Shows the Review screen: the queue of entries in review, and for the selected one its diff
 * against the last approved revision, the review actions and the history.
 */
export function ReviewView() {
  const { activeView } = useNavigation()
  const request = useReviewRequest()
  const [queue, setQueue] = useState<ReviewQueueItem[] | null>(null)
  const [queueError, setQueueError] = useState<string | null>(null)
  const [selectedCode, setSelectedCode] = useState<string | null>(null)
  const [tab, setTab] = useState<'changes' | 'history'>('changes')
  const [reloadKey, setReloadKey] = useState(0)
  const [notice, setNotice] = useState<string | null>(null)
  const [handledRequest, setHandledRequest] = useState(0)
  const [shownBefore, setShownBefore] = useState(false)
  const visible = activeView === 'review'

  // Other screens and other people change entries, so everything is read again each time the
  // screen is shown. State is adjusted while rendering, as React recommends for derived changes.
  if (visible !== shownBefore) {
    setShownBefore(visible)
    if (visible) setReloadKey((key) => key + 1)
  }
  if (request !== null && request.sequence !== handledRequest) {
    setHandledRequest(request.sequence)
    setSelectedCode(request.code)
    setTab(request.tab)
  }

  useEffect(() => {
    if (!visible) return
    let current = true

    api
      .getReviewQueue({})
      .then((result) => {
        if (!current) return
        setQueueError(result.ok ? null : result.error.message)
        if (result.ok) setQueue(result.value)
      })
      .catch((error: unknown) => current && setQueueError(String(error)))

    return () => {
      current = false
    }
  }, [visible, reloadKey])

  const onChanged = (message: string) => {
    setNotice(message)
    setReloadKey((key) => key + 1)
  }

  return (
    <div className="review-view">
      <ReviewQueueList
        queue={queue}
        error={queueError}
        selectedCode={selectedCode}
        onSelect={(code) => {
          setSelectedCode(code)
          setTab('changes')
          setNotice(null)
        }}
      />
      <div className="review-main">
        <p className="review-notice" role="status">
          {notice}
        </p>
        {selectedCode === null ? (
          <p className="editor-message">Pick an entry from the queue to review its changes.</p>
        ) : (
          <SelectedEntry
            code={selectedCode}
            reloadKey={reloadKey}
            tab={tab}
            onTabChange={setTab}
            onChanged={onChanged}
          />
        )}
      </div>
    </div>
  )
}
