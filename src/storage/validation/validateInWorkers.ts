import { existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { serialize } from 'node:v8'
import { Worker } from 'node:worker_threads'

import type { ValidationContext } from '../../shared/validation/engine'
import type { EntryFileJob, EntryFileValidation } from './validateEntryFile'

/** Data a worker receives when it starts. */
export interface ValidationWorkerData {
  context: ValidationContext
}

/** A batch of files sent to a worker, and the reply with their results. */
export interface ValidationWorkerRequest {
  jobs: EntryFileJob[]
}
export interface ValidationWorkerReply {
  results: EntryFileValidation[]
}

/** Thread count and worker script for validating large batches. */
export interface ValidationWorkers {
  /** The worker's entry file: the built `.js`, or the `.ts` source when run through tsx. */
  script: string
  threads: number
}

// Files per message. Small enough to spread the work evenly over the threads, large enough that
// the messages cost little next to reading and checking the files.
const BATCH_SIZE = 200

// The source's name as a variable, so that a bundler does not treat the URL as an asset to copy.
const SOURCE_SCRIPT = './validationWorker.ts'

/**
 * Returns workers running `script`, one per core and at most four. The cap is an estimate: past it,
 * reading the files is likely to limit the gain.
 */
export function validationWorkers(script: string): ValidationWorkers {
  return { script, threads: Math.min(availableParallelism(), 4) }
}

/**
 * Workers running the TypeScript source beside this file, when it is there: under tsx and vitest.
 * A bundled build has no source, and its caller passes the built script instead.
 */
export function sourceValidationWorkers(): ValidationWorkers | null {
  const path = fileURLToPath(new URL(SOURCE_SCRIPT, import.meta.url))
  return existsSync(path) ? validationWorkers(path) : null
}

/**
 * Returns the old-generation heap limit for each worker. Without one, V8 let each worker's heap
 * grow to 150 MB at 20,000 entries, well beyond what it keeps alive, and the process passed
 * 600 MiB. A worker keeps the context (whose index grows with the folder) and one batch alive, so
 * the limit is a fixed part for the batch and the code plus a multiple of the context's size.
 * A worker that still runs out of memory fails, and its entries are validated on the main thread.
 */
function heapLimitMb(context: ValidationContext): number {
  const contextMb = serialize(context).length / (1024 * 1024)
  return Math.max(80, Math.ceil(56 + 8 * contextMb))
}

function startWorker(script: string, workerData: ValidationWorkerData, heapLimit: number): Worker {
  const options = { workerData, resourceLimits: { maxOldGenerationSizeMb: heapLimit } }
  if (!script.endsWith('.ts')) return new Worker(script, options)

  // A worker thread does not inherit tsx's loader hooks, so it registers them itself before it
  // imports the source. The register function must come from tsx's ES module build.
  const tsx = import.meta.resolve('tsx/esm/api')
  const source = JSON.stringify(pathToFileURL(script).href)
  const bootstrap = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${source}) })`

  return new Worker(bootstrap, { ...options, eval: true })
}

/**
 * Validates entry files on `threads` worker threads, calling `onResult` on the calling thread as
 * results arrive, in no particular order. Rejects when a worker fails to start or crashes; the
 * results already delivered stand, and the caller decides what to do with the rest.
 */
export function validateInWorkers(
  jobs: readonly EntryFileJob[],
  context: ValidationContext,
  workers: ValidationWorkers,
  onResult: (result: EntryFileValidation) => void,
): Promise<void> {
  const batches: EntryFileJob[][] = []
  for (let start = 0; start < jobs.length; start += BATCH_SIZE)
    batches.push(jobs.slice(start, start + BATCH_SIZE))
  if (batches.length === 0) return Promise.resolve()

  const started: Worker[] = []
  const threads = Math.max(1, Math.min(workers.threads, batches.length))
  const heapLimit = heapLimitMb(context)

  return new Promise<void>((resolve, reject) => {
    let running = 0
    let failed = false

    const fail = (error: unknown) => {
      if (failed) return
      failed = true
      for (const worker of started) void worker.terminate()
      reject(error instanceof Error ? error : new Error(String(error)))
    }

    const sendNext = (worker: Worker, busy: Set<Worker>) => {
      const batch = batches.shift()
      if (batch !== undefined) {
        busy.add(worker)
        worker.postMessage({ jobs: batch } satisfies ValidationWorkerRequest)
        return
      }
      busy.delete(worker)
      void worker.terminate()
      if (--running === 0 && !failed) resolve()
    }

    // Workers with a batch out: one that exits while busy took its batch with it.
    const busy = new Set<Worker>()
    for (let index = 0; index < threads; index++) {
      let worker: Worker
      try {
        worker = startWorker(workers.script, { context }, heapLimit)
      } catch (error) {
        fail(error)
        return
      }
      started.push(worker)
      running++

      worker.on('message', (reply: ValidationWorkerReply) => {
        if (failed) return
        busy.delete(worker)
        try {
          for (const result of reply.results) onResult(result)
        } catch (error) {
          // Thrown in an event handler, it would end the process instead of this call.
          fail(error)
          return
        }
        sendNext(worker, busy)
      })
      worker.on('error', fail)
      worker.on('exit', (exitCode) => {
        if (busy.has(worker))
          fail(
            new Error(`validation worker exited with code ${exitCode} before finishing its batch`),
          )
      })
      sendNext(worker, busy)
    }
  })
}
