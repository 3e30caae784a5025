import type { ReviewQueueItem } from '../../shared/api/types'
import type { HistoryEvents } from '../../shared/workflow/historySchema'
import { mapWithConcurrency } from '../files/mapWithConcurrency'
import type { ContentFolder } from '../folder/ContentFolder'
import type { Logger } from '../logger'
import type { HistoryStore } from './HistoryStore'

const HISTORY_READ_CONCURRENCY = 16

/**
 * Lists the entries in review, oldest submission first. The submission time and author come
 * from the last `submitted` event of the current revision. An entry whose history file cannot be
 * loaded still appears, dated by its last change, and the problem is logged.
 */
export async function buildReviewQueue(
  folder: ContentFolder,
  history: HistoryStore,
  log?: Logger,
): Promise<ReviewQueueItem[]> {
  const inReview = folder.list().filter((summary) => summary.status === 'in-review')

  const items = await mapWithConcurrency(inReview, HISTORY_READ_CONCURRENCY, async (summary) => {
    let record: HistoryEvents | null = null
    try {
      record = await history.readEvents(summary.code)
    } catch (error) {
      log?.warn('history file unreadable; queue uses the entry time', {
        code: summary.code,
        error: String(error),
      })
    }

    const submitted = record?.events.findLast(
      (event) => event.action === 'submitted' && event.revision === summary.revision,
    )

    return {
      code: summary.code,
      title: summary.title,
      author: submitted?.actor ?? summary.updatedBy,
      submittedAt: submitted?.at ?? summary.updatedAt,
      revision: summary.revision,
    }
  })

  return items.sort(
    (a, b) => a.submittedAt.localeCompare(b.submittedAt) || a.code.localeCompare(b.code),
  )
}
