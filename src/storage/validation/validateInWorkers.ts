import type { ValidationContext } from '../../shared/validation/engine'
import {
  heapLimitMbFor,
  sourceWorkerScript,
  WorkerPool,
  type WorkerScript,
  workerScript,
} from '../workers/WorkerPool'
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
export type ValidationWorkers = WorkerScript

// Files per message. Small enough to spread the work evenly over the threads, large enough that
// the messages cost little next to reading and checking the files.
const BATCH_SIZE = 200

// The source's name as a variable, so that a bundler does not treat the URL as an asset to copy.
const SOURCE_SCRIPT = './validationWorker.ts'

/** Returns validation workers running `script`, one per core and at most four. */
export function validationWorkers(script: string): ValidationWorkers {
  return workerScript(script)
}

/** Workers running the TypeScript source beside this file, when it is there (tsx and vitest). */
export function sourceValidationWorkers(): ValidationWorkers | null {
  return sourceWorkerScript(SOURCE_SCRIPT, import.meta.url)
}

/**
 * Validates entry files on `threads` worker threads, calling `onResult` on the calling thread as
 * results arrive, in no particular order. Rejects when a worker fails to start or crashes; the
 * results already delivered stand, and the caller decides what to do with the rest.
 */
export async function validateInWorkers(
  jobs: readonly EntryFileJob[],
  context: ValidationContext,
  workers: ValidationWorkers,
  onResult: (result: EntryFileValidation) => void,
): Promise<void> {
  const batches: ValidationWorkerRequest[] = []
  for (let start = 0; start < jobs.length; start += BATCH_SIZE)
    batches.push({ jobs: jobs.slice(start, start + BATCH_SIZE) })
  if (batches.length === 0) return

  const data: ValidationWorkerData = { context }
  const threads = Math.max(1, Math.min(workers.threads, batches.length))
  const pool = new WorkerPool<ValidationWorkerRequest, ValidationWorkerReply>(
    { ...workers, threads },
    data,
    { oldGenerationMb: heapLimitMbFor(context) },
  )
  try {
    await pool.run(batches, {
      onReply: (reply) => {
        for (const result of reply.results) onResult(result)
      },
    })
  } finally {
    await pool.close()
  }
}
