import { parseArgs } from 'node:util'

import type { FileProblem, ReviewQueueItem } from '../../shared/api/types'
import { ENTRY_STATUSES, type EntryStatus } from '../../shared/model/entry'
import { ContentFolder } from '../../storage/folder/ContentFolder'
import { buildReviewQueue } from '../../storage/history/buildReviewQueue'
import { historyOf } from '../../storage/history/HistoryStore'
import { CliUsageError } from '../CliUsageError'
import { type CliOutput, EXIT_OK, EXIT_PROBLEMS } from '../output'

export const STATUS_USAGE = `Usage: codedesk status [--content DIR] [--format text|json] [--quick]

Prints how many entries are in each review status and the review queue, oldest submission first.
  --content DIR   content folder to read (default: ./content)
  --format FMT    text (default) or json: { folder, counts, queue, fileProblems }
  --quick         check only the history files of entries in review, not every history file

Exit status: 0 when every entry and history file loads, 1 when some cannot be loaded (they are
listed), 2 usage or I/O error.`

export interface StatusReport {
  folder: string
  counts: Record<EntryStatus, number>
  queue: Array<ReviewQueueItem & { waitingDays: number }>
  fileProblems: FileProblem[]
}

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * Reads the counts by status, the review queue and the unloadable entry and history files. With
 * `checkAllHistory` false, only the history files the queue reads are checked.
 */
export async function readStatus(
  folder: ContentFolder,
  options: { checkAllHistory: boolean; now?: Date },
): Promise<StatusReport> {
  const now = options.now ?? new Date()
  const counts = Object.fromEntries(ENTRY_STATUSES.map((status) => [status, 0])) as Record<
    EntryStatus,
    number
  >
  for (const summary of folder.list()) counts[summary.status]++

  const history = historyOf(folder)
  const queue = await buildReviewQueue(folder, history)
  const historyProblems = options.checkAllHistory
    ? (await history.scan()).problems
    : history.problems()

  return {
    folder: folder.folder,
    counts,
    queue: queue.map((item) => ({
      ...item,
      waitingDays: Math.max(0, Math.floor((now.getTime() - Date.parse(item.submittedAt)) / DAY_MS)),
    })),
    fileProblems: [...folder.fileProblems(), ...historyProblems],
  }
}

function formatAge(days: number): string {
  if (days === 0) return 'today'
  return days === 1 ? '1 day' : `${days} days`
}

function formatText(report: StatusReport): string[] {
  const total = Object.values(report.counts).reduce((sum, count) => sum + count, 0)
  const lines = [`${report.folder}: ${total} entries`]
  for (const status of ENTRY_STATUSES) {
    lines.push(`  ${status.padEnd(18)} ${String(report.counts[status]).padStart(6)}`)
  }

  lines.push('')
  if (report.queue.length === 0) {
    lines.push('Review queue: empty')
  } else {
    lines.push(`Review queue (${report.queue.length}, oldest first):`)
    for (const item of report.queue) {
      lines.push(
        `  ${item.code}  rev ${item.revision}  ${item.title}  by ${item.author}, submitted ${item.submittedAt.slice(0, 10)} (${formatAge(item.waitingDays)})`,
      )
    }
  }

  for (const problem of report.fileProblems) {
    lines.push(`${problem.path}: error: ${problem.reason}`)
  }

  return lines
}

/** Runs `codedesk status` and returns the exit code. */
export async function runStatus(args: string[], output: CliOutput): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      content: { type: 'string', default: 'content' },
      format: { type: 'string', default: 'text' },
      quick: { type: 'boolean', default: false },
    },
    strict: true,
    allowPositionals: false,
  })
  if (values.format !== 'text' && values.format !== 'json') {
    throw new CliUsageError(`Invalid --format '${values.format}': use text or json.`)
  }

  const folder = await ContentFolder.open(values.content, {
    app: 'codedesk status',
    readOnly: true,
  })
  try {
    const report = await readStatus(folder, { checkAllHistory: !values.quick })

    if (values.format === 'json') output.out(JSON.stringify(report, null, 2))
    else for (const line of formatText(report)) output.out(line)

    return report.fileProblems.length > 0 ? EXIT_PROBLEMS : EXIT_OK
  } finally {
    await folder.close()
  }
}
