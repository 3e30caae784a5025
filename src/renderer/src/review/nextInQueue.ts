import type { ReviewQueueItem } from '../../../shared/api/types'

/**
 * Returns the code to review after `code` left the queue: the entry after it in the queue's order,
 * or the one before it when it was the last. A code missing from the queue gives the first entry.
 * Returns null when no other entry is queued.
 */
export function nextInQueue(queue: readonly ReviewQueueItem[], code: string): string | null {
  const index = queue.findIndex((item) => item.code === code)
  if (index === -1) return queue[0]?.code ?? null

  return queue[index + 1]?.code ?? queue[index - 1]?.code ?? null
}
