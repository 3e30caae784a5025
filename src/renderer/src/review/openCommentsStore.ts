import { useSyncExternalStore } from 'react'

import type { CommentRecord } from '../../../shared/api/types'

/** The open review comments of the entry in the editor, published by its review bar. */
export interface OpenComments {
  code: string
  /** Open comments, with `field` moved to where the field is in the text being edited. */
  comments: CommentRecord[]
  /** Reads the comments again, after one was resolved. */
  refresh: () => void
}

let current: OpenComments | null = null
const listeners = new Set<() => void>()

/**
 * Replaces the open comments that FieldComments shows, or clears them with null. One editor is
 * open at a time, so one value is enough.
 */
export function publishOpenComments(next: OpenComments | null): void {
  current = next
  for (const listener of listeners) listener()
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function useOpenComments(): OpenComments | null {
  return useSyncExternalStore(subscribe, () => current)
}
