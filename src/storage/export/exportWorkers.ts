import type { ExportTarget } from '../../shared/export/bundleFormat'
import type { Taxonomy } from '../../shared/model/taxonomy'
import type { Workspace } from '../../shared/model/workspace'
import type { ValidationContext } from '../../shared/validation/engine'
import {
  heapLimitMbFor,
  sourceWorkerScript,
  WorkerPool,
  type WorkerScript,
  workerScript,
} from '../workers/WorkerPool'
import type { CodeBuildJob, CodeBuildOutcome } from './buildCodeFiles'
import type { PublishInput, PublishJob, PublishOutcome } from './markPublished'

/** Data an export worker receives when it starts. */
export interface ExportWorkerData {
  folder: string
  /** The staging folder the code files are written into. */
  staging: string
  target: ExportTarget
  taxonomy: Taxonomy
  workspace: Workspace
  context: ValidationContext
  /** Codes with a history file, from `listHistoryCodes`. */
  historyCodes: string[]
}

/** A batch sent to an export worker: codes to build, or entries to mark published. */
export type ExportWorkerRequest =
  | { kind: 'build'; jobs: CodeBuildJob[] }
  | { kind: 'publish'; jobs: PublishJob[]; version: string; actor: string; now: string }

export type ExportWorkerReply =
  { kind: 'build'; outcomes: CodeBuildOutcome[] } | { kind: 'publish'; outcomes: PublishOutcome[] }

/** Thread count and worker script for exporting large folders. */
export type ExportWorkers = WorkerScript

// Each export worker's young generation. With V8's default, two workers added about 270 MB to the
// process at 20,000 entries, and with 16 MB about 230 MB. Alternating runs of both took as long.
const YOUNG_GENERATION_MB = 16

// The source's name as a variable, so that a bundler does not treat the URL as an asset to copy.
const SOURCE_SCRIPT = './exportWorker.ts'

/** Returns export workers running `script`, one per core and at most four. */
export function exportWorkers(script: string): ExportWorkers {
  return workerScript(script)
}

/** Workers running the TypeScript source beside this file, when it is there (tsx and vitest). */
export function sourceExportWorkers(): ExportWorkers | null {
  return sourceWorkerScript(SOURCE_SCRIPT, import.meta.url)
}

/**
 * The export workers of one export: they build code files first, then mark the exported entries
 * published. Both steps run on the same threads, which start once. A failed step closes the pool
 * and rejects; the outcomes already delivered stand.
 */
export class ExportWorkerPool {
  readonly #pool: WorkerPool<ExportWorkerRequest, ExportWorkerReply>

  constructor(workers: ExportWorkers, data: ExportWorkerData) {
    this.#pool = new WorkerPool(workers, data, {
      oldGenerationMb: heapLimitMbFor(data.context),
      youngGenerationMb: YOUNG_GENERATION_MB,
    })
  }

  /** Builds and writes the code files of each batch, calling `onOutcome` as they arrive. */
  build(
    batches: readonly CodeBuildJob[][],
    onOutcome: (outcome: CodeBuildOutcome) => void,
  ): Promise<void> {
    return this.#pool.run(
      batches.map((jobs) => ({ kind: 'build', jobs })),
      {
        onReply: (reply) => {
          if (reply.kind === 'build') for (const outcome of reply.outcomes) onOutcome(outcome)
        },
      },
    )
  }

  /**
   * Marks the entries of each batch published. `prepare` runs before a batch is sent and returns
   * what to run once its outcomes were handled: the caller takes and releases entry locks there.
   */
  publish(
    batches: readonly PublishJob[][],
    input: PublishInput,
    handlers: {
      prepare: (batch: readonly PublishJob[]) => Promise<() => void>
      onOutcome: (outcome: PublishOutcome) => void
    },
  ): Promise<void> {
    const { version, actor } = input
    const now = input.now.toISOString()
    return this.#pool.run(
      batches.map((jobs) => ({ kind: 'publish', jobs, version, actor, now })),
      {
        prepare: (request) => handlers.prepare(request.kind === 'publish' ? request.jobs : []),
        onReply: (reply) => {
          if (reply.kind === 'publish') {
            for (const outcome of reply.outcomes) handlers.onOutcome(outcome)
          }
        },
      },
    )
  }

  close(): Promise<void> {
    return this.#pool.close()
  }
}
