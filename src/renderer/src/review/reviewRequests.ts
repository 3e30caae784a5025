import { useSyncExternalStore } from 'react'

/** A request from another screen to show one entry in the Review screen. */
export interface ReviewRequest {
  code: string
  tab: 'changes' | 'history'
  /** Increases with each request, so asking twice for the same entry still reacts. */
  sequence: number
}

let current: ReviewRequest | null = null
const listeners = new Set<() => void>()

/**
 * Asks the Review screen to show an entry's changes or history. The caller then shows the screen.
 */
export function requestReview(code: string, tab: ReviewRequest['tab']): void {
  current = { code, tab, sequence: (current?.sequence ?? 0) + 1 }
  for (const listener of listeners) listener()
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Returns the latest review request, or null before the first one. */
export function useReviewRequest(): ReviewRequest | null {
  return useSyncExternalStore(subscribe, () => current)
}
