// The entry file of an export worker thread: builds the code files of the batches the main
// thread sends, then marks exported entries published, and replies with each batch's outcomes.
import { join } from 'node:path'
import { parentPort, workerData } from 'node:worker_threads'

import type { FileStamp } from '../folder/summaryCache'
import { HISTORY_DIR, readHistoryFileAtSync } from '../history/HistoryStore'
import { buildCodeFileSync, type CodeBuildJob } from './buildCodeFiles'
import type { ExportSource } from './buildExportedCode'
import type { ExportWorkerData, ExportWorkerReply, ExportWorkerRequest } from './exportWorkers'
import { publishEntryFilesSync } from './markPublished'
import { inspectEntryFileSync } from './readEntrySync'

const port = parentPort
if (port === null)
  throw new Error('exportWorker must run as a worker thread, not as the main thread')

const data = workerData as ExportWorkerData
const historyCodes = new Set(data.historyCodes)

// Reads the files of one batch straight from disk. An entry file that still has the stamp the main
// thread sent skips the schema, as it does on the main thread.
function batchSource(jobs: readonly CodeBuildJob[]): ExportSource {
  const files = new Map<string, CodeBuildJob>()
  for (const job of jobs) files.set(job.code, job)
  const historyStamps = new Map<string, FileStamp | null>()

  return {
    taxonomy: data.taxonomy,
    workspace: data.workspace,
    context: data.context,
    inspectEntry: (code) => {
      const file = files.get(code)
      if (file === undefined) throw new Error(`export worker got no file for ${code}`)
      return inspectEntryFileSync(file.path, code, file.stamp)
    },
    readHistory: (code) => {
      if (!historyCodes.has(code)) return null
      const read = readHistoryFileAtSync(join(data.folder, HISTORY_DIR, `${code}.json`), code)
      historyStamps.set(code, read.stamp)
      return read.history
    },
    historyStamp: (code) => historyStamps.get(code) ?? null,
    wasValidated: (code) => files.get(code)?.validated ?? false,
  }
}

// Files are read and written with blocking calls: the thread has nothing else to do, and a worker
// holds one descriptor at most.
function handle(request: ExportWorkerRequest): ExportWorkerReply {
  if (request.kind === 'build') {
    const source = batchSource(request.jobs)
    const outcomes = request.jobs.map(({ code }) =>
      buildCodeFileSync(source, code, data.staging, data.target),
    )
    return { kind: 'build', outcomes }
  }

  const input = { version: request.version, actor: request.actor, now: new Date(request.now) }
  const outcomes = request.jobs.map((job) => publishEntryFilesSync(data.folder, job, input))
  return { kind: 'publish', outcomes }
}

port.on('message', (request: ExportWorkerRequest) => {
  port.postMessage(handle(request))
})
