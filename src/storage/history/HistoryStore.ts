import { mkdirSync } from 'node:fs'
import { mkdir, readdir } from 'node:fs/promises'
import { dirname, join } from 'node:path'

import type { FileProblem, RevisionSnapshot } from '../../shared/api/types'
import { normalizeCode } from '../../shared/codes/codeSystem'
import { CodeDeskError } from '../../shared/errors'
import {
  emptyHistory,
  type HistoryEvents,
  historyEventsSchema,
  type HistoryFile,
  historyFileSchema,
} from '../../shared/workflow/historySchema'
import { mapWithConcurrency } from '../files/mapWithConcurrency'
import { writeJsonFile, writeJsonFileSync } from '../files/writeJsonFile'
import type { ContentFolder } from '../folder/ContentFolder'
import { READ_CONCURRENCY } from '../folder/scanEntries'
import type { FileStamp } from '../folder/summaryCache'
import { parseHistoryUpdate } from './parseHistoryUpdate'
import {
  type HistoryReadResult,
  readHistoryFile,
  readHistoryFileStampedSync,
  readHistoryFileSync,
} from './readHistoryFile'

export const HISTORY_DIR = 'history'

export interface HistoryScan {
  histories: Map<string, HistoryFile>
  problems: FileProblem[]
}

/**
 * The review records of an open content folder: one `history/<CODE>.json` per entry with its
 * approved snapshots, review events and comments, so two people working on different entries
 * never change the same file. Writes go through lowdb like entry files. A file that could not be
 * loaded is never written, and every later read of it raises `invalid-file` with its path.
 */
export class HistoryStore {
  readonly #folder: ContentFolder
  readonly #problems = new Map<string, FileProblem>()
  readonly #queues = new Map<string, Promise<unknown>>()
  // Set once history/ exists, so that an update does not create it again.
  #dirReady = false

  constructor(folder: ContentFolder) {
    this.#folder = folder
  }

  path(code: string): string {
    return join(this.#folder.folder, HISTORY_DIR, `${normalizeCode(code)}.json`)
  }

  /** Reads an entry's history, or an empty one when it has no file yet. */
  async read(rawCode: string): Promise<HistoryFile> {
    const code = normalizeCode(rawCode)
    const path = this.path(code)
    const result = await readHistoryFile(path, code, historyFileSchema)

    return this.#loaded(code, path, result) ?? emptyHistory(code)
  }

  /**
   * Reads an entry's history like `read`, with a blocking read. Export reads every history file,
   * and a blocking read of a file this small costs less than the separate open, read and close
   * steps that `fs/promises` `readFile` awaits.
   */
  readSync(rawCode: string): HistoryFile {
    const code = normalizeCode(rawCode)
    const path = this.path(code)
    const result = readHistoryFileSync(path, code, historyFileSchema)

    return this.#loaded(code, path, result) ?? emptyHistory(code)
  }

  /**
   * Reads only the code and events of an entry's history, with no events when it has no file.
   * Raises `invalid-file` like `read` when that part cannot be loaded. Problems in the approved
   * snapshots go unnoticed here and are reported by `read` and `scan`.
   */
  async readEvents(rawCode: string): Promise<HistoryEvents> {
    const code = normalizeCode(rawCode)
    const path = this.path(code)
    const result = await readHistoryFile(path, code, historyEventsSchema)

    if (!result.ok) this.#reject(code, path, result.reason)

    return result.history ?? { code, events: [] }
  }

  /** Returns the approved snapshot of one revision; raises `not-found` when there is none. */
  async readSnapshot(code: string, revision: number): Promise<RevisionSnapshot> {
    const history = await this.read(code)
    const snapshot = history.revisions.find((candidate) => candidate.revision === revision)

    if (snapshot === undefined) {
      const approved = history.revisions.map((candidate) => candidate.revision)
      const listed = approved.length === 0 ? 'none' : approved.join(', ')
      throw new CodeDeskError(
        'not-found',
        `Entry ${normalizeCode(code)} has no approved revision ${revision} in ${this.path(code)}. Approved revisions: ${listed}.`,
      )
    }

    return snapshot
  }

  /**
   * Reads the history, applies `change` and writes the result atomically. A history file that
   * could not be loaded raises before anything is written. `change` receives the history as read
   * and may reuse its objects; only what it adds is checked against the schema again.
   */
  async update(
    rawCode: string,
    change: (history: HistoryFile) => HistoryFile,
  ): Promise<HistoryFile> {
    const code = normalizeCode(rawCode)
    this.#assertWritable()

    const current = this.readSync(code)
    const next = parseHistoryUpdate(change(current), current)
    await this.#write(code, next)

    return next
  }

  /**
   * Runs `task` after every earlier task for the same code has finished. Saves and review actions
   * read an entry, then write it and its history, and must not interleave on one entry.
   */
  withEntryLock<T>(rawCode: string, task: () => Promise<T>): Promise<T> {
    const code = normalizeCode(rawCode)
    const previous = this.#queues.get(code) ?? Promise.resolve()
    const run = previous.then(task, task)
    const settled = run.catch(() => undefined)

    this.#queues.set(code, settled)
    void settled.then(() => {
      if (this.#queues.get(code) === settled) this.#queues.delete(code)
    })

    return run
  }

  /** Reads every history file, collecting those that cannot be loaded as problems. */
  async scan(): Promise<HistoryScan> {
    const dir = join(this.#folder.folder, HISTORY_DIR)
    const names = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [] as string[]
      throw error
    })
    const codes = names
      .filter((name) => name.endsWith('.json') && !name.startsWith('.'))
      .map((name) => name.slice(0, -'.json'.length))
      .sort()

    const histories = new Map<string, HistoryFile>()
    const problems: FileProblem[] = []
    await mapWithConcurrency(codes, READ_CONCURRENCY, async (name) => {
      const code = normalizeCode(name)
      const path = join(dir, `${name}.json`)
      const result = await readHistoryFile(path, code, historyFileSchema)

      if (!result.ok) {
        problems.push({ path, reason: result.reason })
        this.#problems.set(code, { path, reason: result.reason })
      } else if (result.history !== null) {
        histories.set(code, result.history)
      }
    })

    return { histories, problems: problems.sort((a, b) => a.path.localeCompare(b.path)) }
  }

  /** Returns the history files found unloadable so far, by `read`, `update` or `scan`. */
  problems(): FileProblem[] {
    return [...this.#problems.values()]
  }

  // Creates history/ at the first write only, and again when it was removed since.
  async #write(code: string, history: HistoryFile): Promise<void> {
    const dir = join(this.#folder.folder, HISTORY_DIR)
    if (!this.#dirReady) {
      await mkdir(dir, { recursive: true })
      this.#dirReady = true
    }

    await writeHistoryFileAt(this.path(code), history)
  }

  // Records a history file that could not be loaded and raises `invalid-file` for it.
  #reject(code: string, path: string, reason: string): never {
    this.#problems.set(code, { path, reason })
    throw historyFileError(path, reason)
  }

  // Records the outcome of reading a history file; raises `invalid-file` for one that could not
  // be loaded. Returns null for a missing file.
  #loaded(code: string, path: string, result: HistoryReadResult): HistoryFile | null {
    if (!result.ok) this.#reject(code, path, result.reason)
    this.#problems.delete(code)

    return result.history
  }

  #assertWritable(): void {
    const reason = this.#folder.readOnlyReason
    if (reason !== null) {
      throw new CodeDeskError(
        'read-only',
        `Content folder ${this.#folder.folder} is read-only: ${reason}`,
      )
    }
  }
}

/** Returns the error for a history file that cannot be loaded, which is kept as it is. */
function historyFileError(path: string, reason: string): CodeDeskError {
  return new CodeDeskError(
    'invalid-file',
    `History file ${path} ${reason}. It is kept as it is: fix it or restore it from version control, then try again.`,
    { path },
  )
}

/**
 * Reads and checks the history file at `path` with a blocking read, outside any store: export
 * reads history files this way. Returns the history, null for a missing file, and the stamp of
 * the file read; raises `invalid-file` like `HistoryStore.read`. A file whose stamp is still
 * `known` passed the check before and is only parsed.
 */
export function readHistoryFileAtSync(
  path: string,
  code: string,
  known: FileStamp | null = null,
): { history: HistoryFile | null; stamp: FileStamp | null } {
  const { result, stamp } = readHistoryFileStampedSync(path, code, historyFileSchema, known)
  if (!result.ok) throw historyFileError(path, result.reason)

  return { history: result.history, stamp }
}

function isMissingFolder(error: unknown): boolean {
  return (
    error instanceof CodeDeskError &&
    (error.details as { errno?: string } | undefined)?.errno === 'ENOENT'
  )
}

/**
 * Writes a history file atomically through lowdb, as entry files are written: a read-only file is
 * not replaced, and a failure raises `io` with advice. Creates the folder when it is missing.
 */
export async function writeHistoryFileAt(path: string, history: HistoryFile): Promise<void> {
  try {
    await writeJsonFile(path, history)
  } catch (error) {
    if (!isMissingFolder(error)) throw error
    await mkdir(dirname(path), { recursive: true })
    await writeJsonFile(path, history)
  }
}

/** `writeHistoryFileAt` with blocking calls, for worker threads. */
export function writeHistoryFileAtSync(path: string, history: HistoryFile): void {
  try {
    writeJsonFileSync(path, history)
  } catch (error) {
    if (!isMissingFolder(error)) throw error
    mkdirSync(dirname(path), { recursive: true })
    writeJsonFileSync(path, history)
  }
}

const stores = new WeakMap<ContentFolder, HistoryStore>()

/**
 * Returns the one HistoryStore of an open folder, so the service, saves and export share its
 * per-entry lock and its list of unloadable files.
 */
export function historyOf(folder: ContentFolder): HistoryStore {
  let store = stores.get(folder)
  if (store === undefined) {
    store = new HistoryStore(folder)
    stores.set(folder, store)
  }

  return store
}
