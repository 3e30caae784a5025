import { lstatSync } from 'node:fs'
import { join } from 'node:path'

import { CodeDeskError } from '../../shared/errors'
import type { Workflow } from '../../shared/model/entry'
import type { Problem } from '../../shared/validation/problem'
import { emptyHistory } from '../../shared/workflow/historySchema'
import { publishTransition } from '../../shared/workflow/publishTransition'
import { assertWritableFile, writeJsonFileSync } from '../files/writeJsonFile'
import type { ContentFolder } from '../folder/ContentFolder'
import { parseEntryUpdate } from '../folder/parseEntryUpdate'
import type { FileStamp } from '../folder/summaryCache'
import {
  HISTORY_DIR,
  historyOf,
  readHistoryFileAtSync,
  writeHistoryFileAtSync,
} from '../history/HistoryStore'
import { parseHistoryUpdate } from '../history/parseHistoryUpdate'
import type { ExportedCode } from './buildExportedCode'
import type { ExportWorkerPool } from './exportWorkers'
import { checkEntryAt, inspectEntryFileSync } from './readEntrySync'
import { yieldToEventLoop } from './yieldToEventLoop'

// Entries per batch sent to an export worker. The main thread holds the entry locks of a whole
// batch while a worker marks it, so a save of one of them waits for the batch, about 50 ms.
const PUBLISH_BATCH = 50

/** One exported entry to mark published, with the stamps of its files. */
export interface PublishJob {
  code: string
  /** The entry file's path. */
  path: string
  /** The file's stamp as the folder last loaded or wrote it, or null. */
  stamp: FileStamp | null
  /** `meta.updatedAt` as export read it. */
  updatedAt: string
  /** The revision the bundle holds; null when the caller does not know it. */
  approvedRevision: number | null
  /** The history file's stamp when building checked it, or null. */
  historyStamp: FileStamp | null
}

/** The bundle an entry is marked published in. */
export interface PublishInput {
  version: string
  actor: string
  now: Date
}

export type PublishOutcome =
  | { code: string; kind: 'published'; workflow: Workflow; stamp: FileStamp | null }
  | { code: string; kind: 'unchanged'; workflow: Workflow }
  | { code: string; kind: 'failed'; reason: string }

/**
 * Marks one entry published in the files of the folder at `folderPath`: a `published` event in
 * its history, then the workflow in its entry file, keeping its `meta`. The caller holds the
 * entry's lock. An entry saved since export read it, or whose files cannot be read or written,
 * gives `failed` with the reason. The main thread and the export workers both mark entries with
 * this function, so their files come out the same.
 */
export function publishEntryFilesSync(
  folderPath: string,
  job: PublishJob,
  input: PublishInput,
): PublishOutcome {
  const { code, path } = job
  try {
    const inspected = inspectEntryFileSync(path, code, job.stamp)
    const seen = inspected.entry
    // A save since export read the entry moved meta.updatedAt. Such an entry is left alone
    // before its history gets an event.
    if (seen.meta.updatedAt !== job.updatedAt) {
      throw new CodeDeskError(
        'conflict',
        `it was saved at ${seen.meta.updatedAt} during the export`,
      )
    }
    // Approving keeps meta, so a newer approval shows only in the workflow.
    if (job.approvedRevision !== null && seen.workflow.approvedRevision !== job.approvedRevision) {
      throw new CodeDeskError(
        'conflict',
        `revision ${String(seen.workflow.approvedRevision)} was approved during the export, and the bundle holds revision ${job.approvedRevision}`,
      )
    }

    const { workflow, event } = publishTransition(seen, input)
    // Exporting unchanged content again gives the same version: nothing to record.
    if (JSON.stringify(workflow) === JSON.stringify(seen.workflow))
      return { code, kind: 'unchanged', workflow: seen.workflow }

    // An entry only parsed keeps its file's key order; restoring it gives the schema's order.
    const entry = inspected.checked ? seen : checkEntryAt(path, code, seen)
    // Refused before the history gets an event for a mark that cannot be written.
    assertWritableFile(path)
    const historyPath = join(folderPath, HISTORY_DIR, `${code}.json`)
    const history =
      readHistoryFileAtSync(historyPath, code, job.historyStamp).history ?? emptyHistory(code)
    // An earlier export that could not write the entry left this very event: no second one.
    const last = history.events.at(-1)
    const recorded =
      last?.action === 'published' &&
      last.revision === event.revision &&
      last.comment === event.comment
    if (!recorded) {
      writeHistoryFileAtSync(
        historyPath,
        parseHistoryUpdate({ ...history, events: [...history.events, event] }, history),
      )
    }

    const next = parseEntryUpdate({ ...entry, workflow }, entry)
    writeJsonFileSync(path, next)
    const stats = lstatSync(path, { throwIfNoEntry: false })
    const stamp =
      stats === undefined ? null : { size: stats.size, mtimeMs: stats.mtimeMs, ino: stats.ino }

    return { code, kind: 'published', workflow: next.workflow, stamp }
  } catch (error) {
    if (!(error instanceof CodeDeskError)) throw error
    return { code, kind: 'failed', reason: error.message }
  }
}

/**
 * Takes the entry locks of every code in `codes` and returns what releases them. All of them are
 * requested in one turn of the event loop, so two callers that take some of the same codes queue
 * in the same order on each and cannot wait for each other.
 */
async function lockEntries(folder: ContentFolder, codes: readonly string[]): Promise<() => void> {
  const history = historyOf(folder)
  let release: () => void = () => undefined
  const released = new Promise<void>((resolve) => {
    release = resolve
  })
  await Promise.all(
    codes.map(
      (code) =>
        new Promise<void>((acquired) => {
          void history.withEntryLock(code, () => {
            acquired()
            return released
          })
        }),
    ),
  )

  return release
}

function publishProblem(code: string, version: string, reason: string): Problem {
  return {
    ruleId: 'export/publish',
    code,
    field: 'workflow.status',
    message: `workflow.status: entry ${code} was exported in bundle ${version} but could not be marked published (${reason}).`,
    severity: 'warning',
  }
}

/**
 * Marks exported entries published with the bundle's version, on the export workers when `pool`
 * is given, else on this thread. An entry that cannot be marked (saved meanwhile, read-only
 * folder) becomes a warning, because the bundle is already in place and stays valid.
 */
export async function markPublished(
  folder: ContentFolder,
  exported: ReadonlyArray<
    Pick<ExportedCode, 'code' | 'updatedAt'> &
      Partial<Pick<ExportedCode, 'approvedRevision' | 'historyStamp'>>
  >,
  version: string,
  options: {
    actor: string
    now: Date
    onProgress?: (done: number) => void
    pool?: ExportWorkerPool | null
    /** Called when the workers fail and the rest is marked on this thread. */
    onWorkerFailure?: (error: Error) => void
  },
): Promise<Problem[]> {
  const problems: Problem[] = []
  const readOnly = folder.readOnlyReason
  if (readOnly !== null) {
    const reason = `Content folder ${folder.folder} is read-only: ${readOnly}`
    return exported.map(({ code }) => publishProblem(code, version, reason))
  }

  const input: PublishInput = { version, actor: options.actor, now: options.now }
  const jobs: PublishJob[] = exported.map(
    ({ code, updatedAt, approvedRevision, historyStamp }) => ({
      code,
      path: folder.entryPath(code),
      stamp: folder.stampOf(code),
      updatedAt,
      approvedRevision: approvedRevision ?? null,
      historyStamp: historyStamp ?? null,
    }),
  )
  const finished = new Set<string>()
  let done = 0

  const accept = (outcome: PublishOutcome) => {
    finished.add(outcome.code)
    if (outcome.kind === 'published') {
      folder.recordPublished(outcome.code, outcome.workflow, outcome.stamp)
    } else if (
      outcome.kind === 'unchanged' &&
      folder.summary(outcome.code)?.status !== outcome.workflow.status
    ) {
      // Marked by a worker that stopped before it could report it; its stamp is not known.
      folder.recordPublished(outcome.code, outcome.workflow, null)
    } else if (outcome.kind === 'failed') {
      problems.push(publishProblem(outcome.code, version, outcome.reason))
    }
    done++
    if (done % 100 === 0 || done === jobs.length) options.onProgress?.(done)
  }

  const pool = options.pool ?? null
  if (pool !== null) {
    const batches = []
    for (let start = 0; start < jobs.length; start += PUBLISH_BATCH) {
      batches.push(jobs.slice(start, start + PUBLISH_BATCH))
    }
    try {
      await pool.publish(batches, input, {
        prepare: (batch) =>
          lockEntries(
            folder,
            batch.map(({ code }) => code),
          ),
        onOutcome: accept,
      })
    } catch (error) {
      options.onWorkerFailure?.(error instanceof Error ? error : new Error(String(error)))
    }
  }

  // One entry at a time under its lock, with blocking reads and writes of well under a millisecond
  // each, and a turn of the event loop between two entries so the app keeps serving requests.
  const history = historyOf(folder)
  for (const job of jobs) {
    if (finished.has(job.code)) continue
    await history.withEntryLock(job.code, async () =>
      accept(publishEntryFilesSync(folder.folder, job, input)),
    )
    await yieldToEventLoop()
  }

  return problems.sort((a, b) => (a.code < b.code ? -1 : 1))
}
