import { writeFile } from 'node:fs'
import { promisify } from 'node:util'

const writeFileCallback = promisify(writeFile)

/**
 * Writes new files in the background, at most `limit` at a time. Creating a file costs the kernel
 * more time than writing a few kilobytes into it, and on libuv's thread pool that work runs on
 * another core while the caller builds the next file. `flush` waits for every write and raises
 * the first error. After an error, `write` raises it too.
 */
export class FileWriteQueue {
  readonly #limit: number
  readonly #inFlight = new Set<Promise<void>>()
  #failure: { error: unknown } | null = null

  constructor(limit: number) {
    this.#limit = limit
  }

  /** Starts writing `text` to `path`, and resolves once fewer than `limit` writes are running. */
  async write(path: string, text: string): Promise<void> {
    this.#raiseFailure()
    while (this.#inFlight.size >= this.#limit) await Promise.race(this.#inFlight)
    this.#raiseFailure()

    const written: Promise<void> = writeFileCallback(path, text)
      .catch((error: unknown) => {
        this.#failure ??= { error }
      })
      .finally(() => this.#inFlight.delete(written))
    this.#inFlight.add(written)
  }

  /** Waits until every write started has finished, and raises the first write error. */
  async flush(): Promise<void> {
    await Promise.all(this.#inFlight)
    this.#raiseFailure()
  }

  #raiseFailure(): void {
    if (this.#failure !== null) throw this.#failure.error
  }
}
