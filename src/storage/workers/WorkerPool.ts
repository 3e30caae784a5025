import { existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { serialize } from 'node:v8'
import { Worker } from 'node:worker_threads'

/** A worker thread's entry file and how many threads run it. */
export interface WorkerScript {
  /** The worker's entry file: the built `.js`, or the `.ts` source when run through tsx. */
  script: string
  threads: number
}

/**
 * Returns `script` run on one thread per core, at most four. The cap is an estimate: past it,
 * reading and writing files is likely to limit the gain.
 */
export function workerScript(script: string): WorkerScript {
  return { script, threads: Math.min(availableParallelism(), 4) }
}

/**
 * Returns the TypeScript source `relative` to `base` when it is there: under tsx and vitest. A
 * bundled build has no source, and its caller passes the built script instead.
 */
export function sourceWorkerScript(relative: string, base: string): WorkerScript | null {
  const path = fileURLToPath(new URL(relative, base))
  return existsSync(path) ? workerScript(path) : null
}

/**
 * Returns an old-generation heap limit for a worker that keeps `data` alive beside one batch. Without a limit, V8 let each
 * validation worker's heap grow to 150 MB at 20,000 entries, well beyond what it keeps alive, and
 * the process passed 600 MiB. The limit is a fixed part for the code and a batch, plus a multiple
 * of the data's size. A worker that still runs out of memory fails, and its caller falls back.
 */
export function heapLimitMbFor(data: unknown): number {
  const dataMb = serialize(data).length / (1024 * 1024)
  return Math.max(80, Math.ceil(56 + 8 * dataMb))
}

/** Heap limits of each worker thread, in MB. */
export interface WorkerHeapLimits {
  oldGenerationMb: number
  /** Left out, V8 sizes the young generation itself. */
  youngGenerationMb?: number
}

function startWorker(script: string, workerData: unknown, heap: WorkerHeapLimits): Worker {
  const resourceLimits = {
    maxOldGenerationSizeMb: heap.oldGenerationMb,
    ...(heap.youngGenerationMb === undefined
      ? {}
      : { maxYoungGenerationSizeMb: heap.youngGenerationMb }),
  }
  const options = { workerData, resourceLimits }
  if (!script.endsWith('.ts')) return new Worker(script, options)

  // A worker thread does not inherit tsx's loader hooks, so it registers them itself before it
  // imports the source. The register function must come from tsx's ES module build.
  const tsx = import.meta.resolve('tsx/esm/api')
  const source = JSON.stringify(pathToFileURL(script).href)
  const bootstrap = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${source}) })`

  return new Worker(bootstrap, { ...options, eval: true })
}

/** Callbacks of `WorkerPool.run` around each request's trip to a worker. */
export interface PoolRunHandlers<Request, Reply> {
  /**
   * Runs before `request` is posted, and returns what to run once its reply was handled or the
   * run failed. Export takes the entry locks of a batch here.
   */
  prepare?: (request: Request) => Promise<() => void>
  /** Receives each reply on the calling thread, in no particular order. */
  onReply: (reply: Reply, request: Request) => void
}

// Requests queued on each worker: the one it works on and the next. The worker then never waits
// for the calling thread to handle a reply and prepare another request.
const QUEUE_DEPTH = 2

// One started worker, and what the current run does with its events.
interface PoolWorker {
  worker: Worker
  exited: boolean
  onMessage: ((message: unknown) => void) | null
  onFailure: ((error: Error) => void) | null
}

/**
 * Worker threads that all run one script, started with the same data and kept for several
 * `run` calls. Each worker works on one request at a time, with the next one queued. A worker that fails to start, crashes,
 * exits or runs out of memory fails the run and closes the pool: the replies already handled
 * stand, and the caller decides what to do with the rest.
 */
export class WorkerPool<Request, Reply> {
  readonly #workers: WorkerScript
  readonly #workerData: unknown
  readonly #heap: WorkerHeapLimits
  #started: PoolWorker[] | null = null
  #closed = false

  constructor(workers: WorkerScript, workerData: unknown, heap: WorkerHeapLimits) {
    this.#workers = workers
    this.#workerData = workerData
    this.#heap = heap
  }

  /** Sends every request to a free worker and resolves once every reply was handled. */
  run(requests: readonly Request[], handlers: PoolRunHandlers<Request, Reply>): Promise<void> {
    if (this.#closed) return Promise.reject(new Error('the worker pool is closed'))
    const queue = [...requests]
    if (queue.length === 0) return Promise.resolve()

    let workers: PoolWorker[]
    try {
      workers = this.#start()
    } catch (error) {
      void this.close()
      return Promise.reject(asError(error))
    }

    return new Promise<void>((resolve, reject) => {
      let failed = false
      let pending = queue.length
      const releases = new Set<() => void>()

      const detach = () => {
        for (const state of workers) {
          state.onMessage = null
          state.onFailure = null
        }
      }

      // Stops every worker before the requests still out are released: a worker in the middle of
      // a batch may still be writing files that the released locks protect.
      const fail = (error: unknown) => {
        if (failed) return
        failed = true
        detach()
        const released = () => {
          for (const release of releases) release()
          releases.clear()
          reject(asError(error))
        }
        this.close().then(released, released)
      }

      // Requests posted to one worker and not yet replied to, in the order the worker replies.
      type Outstanding = Array<{ request: Request; release: () => void }>

      const sendNext = async (state: PoolWorker, outstanding: Outstanding) => {
        const request = queue.shift()
        if (request === undefined) return

        let release: () => void = () => undefined
        try {
          if (handlers.prepare !== undefined) release = await handlers.prepare(request)
        } catch (error) {
          fail(error)
          return
        }
        if (failed) {
          release()
          return
        }
        if (state.exited) {
          release()
          fail(new Error(`worker ${this.#workers.script} exited before its next batch`))
          return
        }
        releases.add(release)
        outstanding.push({ request, release })
        state.worker.postMessage(request)
      }

      for (const state of workers) {
        const outstanding: Outstanding = []
        state.onFailure = fail
        state.onMessage = (reply) => {
          const answered = outstanding.shift()
          if (answered === undefined) {
            fail(
              new Error(
                `worker ${this.#workers.script} sent an unexpected reply: no request was pending`,
              ),
            )
            return
          }
          releases.delete(answered.release)
          try {
            handlers.onReply(reply as Reply, answered.request)
          } catch (error) {
            // Thrown in an event handler, it would end the process instead of this call.
            answered.release()
            fail(error)
            return
          }
          answered.release()
          if (--pending === 0) {
            detach()
            resolve()
          } else {
            void sendNext(state, outstanding)
          }
        }
        for (let depth = 0; depth < QUEUE_DEPTH; depth++) void sendNext(state, outstanding)
      }
    })
  }

  /** Stops every worker. A closed pool runs nothing more. */
  async close(): Promise<void> {
    this.#closed = true
    const started = this.#started ?? []
    this.#started = []
    await Promise.all(started.map(({ worker }) => worker.terminate()))
  }

  #start(): PoolWorker[] {
    if (this.#started !== null) return this.#started
    this.#started = []
    for (let index = 0; index < Math.max(1, this.#workers.threads); index++) {
      const worker = startWorker(this.#workers.script, this.#workerData, this.#heap)
      const state: PoolWorker = { worker, exited: false, onMessage: null, onFailure: null }
      worker.on('message', (message: unknown) => state.onMessage?.(message))
      // Without a listener, a worker's uncaught error would end the whole process.
      worker.on('error', (error) => state.onFailure?.(error))
      worker.on('exit', (exitCode) => {
        state.exited = true
        state.onFailure?.(
          new Error(`worker ${this.#workers.script} exited with code ${exitCode} mid-batch`),
        )
      })
      this.#started.push(state)
    }
    return this.#started
  }
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error))
}
