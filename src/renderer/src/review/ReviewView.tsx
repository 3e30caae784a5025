import './review.css'

import { useEffect, useRef, useState } from 'react'

import type { ReviewQueueItem } from '../../../shared/api/types'
import { api } from '../api/client'
import { useNavigation } from '../app/NavigationContext'
import { EntryReviewPanel } from './EntryReviewPanel'
import { nextInQueue } from './nextInQueue'
import { ReviewQueueList } from './ReviewQueueList'
import { useReviewRequest } from './reviewRequests'
import { useEntryReview } from './useEntryReview'

function SelectedEntry(props: {
  code: string
  reloadKey: number
  tab: 'changes' | 'history'
  onTabChange: (tab: 'changes' | 'history') => void
  onChanged: (message: string) => void
  onFinished: (message: string) => void
  focusComment: boolean
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
      onFinished={props.onFinished}
      focusComment={props.focusComment}
    />
  )
}

/**
 * Shows the Review screen: the queue of entries in review, and for the selected one its diff
 * against the last approved revision, the review actions and the history. An approval or a change
 * request moves on to the next entry of the queue, or to the empty queue message after the last.
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
  // Where keyboard focus goes after an approval or a change request: the comment box of the entry
  // shown next, or the empty queue message. Choosing an entry by hand clears it.
  const [focusAfterFinish, setFocusAfterFinish] = useState<'comment' | 'empty' | null>(null)
  const emptyRef = useRef<HTMLDivElement>(null)
  const visible = activeView === 'review'
  const queueEmpty = queue?.length === 0

  // Other screens and other people change entries, so everything is read again each time the
  // screen is shown. State is adjusted while rendering, as React recommends for derived changes.
  // A notice reports what the last action did, so it goes when the person leaves the screen.
  if (visible !== shownBefore) {
    setShownBefore(visible)
    if (visible) setReloadKey((key) => key + 1)
    else setNotice(null)
  }
  if (request !== null && request.sequence !== handledRequest) {
    setHandledRequest(request.sequence)
    setSelectedCode(request.code)
    setTab(request.tab)
    setFocusAfterFinish(null)
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

  useEffect(() => {
    if (focusAfterFinish === 'empty' && selectedCode === null && queueEmpty) {
      emptyRef.current?.focus()
    }
  }, [focusAfterFinish, selectedCode, queueEmpty])

  const onChanged = (message: string) => {
    setNotice(message)
    setReloadKey((key) => key + 1)
  }

  // The finished entry leaves the queue on screen at once, before the queue is read again.
  const onFinished = (code: string, message: string) => {
    const next = queue === null ? null : nextInQueue(queue, code)
    setQueue((current) => current?.filter((item) => item.code !== code) ?? null)
    setSelectedCode(next)
    setTab('changes')
    setFocusAfterFinish(next === null ? 'empty' : 'comment')
    setNotice(next === null ? message : `${message} Next in the queue: ${next}.`)
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
          setFocusAfterFinish(null)
        }}
      />
      <div className="review-main">
        <p className="review-notice" role="status">
          {notice}
        </p>
        {selectedCode === null && queueEmpty && (
          <div ref={emptyRef} className="review-empty" tabIndex={-1}>
            <h1>The review queue is empty</h1>
            <p className="muted">Entries appear in the queue when a writer submits them.</p>
          </div>
        )}
        {selectedCode === null && !queueEmpty && (
          <p className="editor-message">Pick an entry from the queue to review its changes.</p>
        )}
        {selectedCode !== null && (
          <SelectedEntry
            code={selectedCode}
            reloadKey={reloadKey}
            tab={tab}
            onTabChange={setTab}
            onChanged={onChanged}
            onFinished={(message) => onFinished(selectedCode, message)}
            focusComment={focusAfterFinish === 'comment'}
          />
        )}
      </div>
    </div>
  )
}
