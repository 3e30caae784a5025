import { lstatSync, type Stats } from 'node:fs'
import { appendFile, lstat, mkdir, readFile, stat, unlink } from 'node:fs/promises'
import { join } from 'node:path'

import type { EntrySummary, FileProblem, FolderInfo } from '../../shared/api/types'
import { deriveCodeSystem, normalizeCode } from '../../shared/codes/codeSystem'
import { CodeDeskError } from '../../shared/errors'
import { type Entry, entrySchema, type Workflow } from '../../shared/model/entry'
import { emptyDoc } from '../../shared/model/richText'
import { summarizeEntry } from '../../shared/model/summarizeEntry'
import { categoryMatches, type Taxonomy, taxonomySchema } from '../../shared/model/taxonomy'
import type { Workspace } from '../../shared/model/workspace'
import { writeJsonFile } from '../files/writeJsonFile'
import { createLogger } from '../logger'
import { FolderLock } from './FolderLock'
import { parseEntryUpdate } from './parseEntryUpdate'
import { ENTRIES_DIR, readEntryFile, scanEntries } from './scanEntries'
import {
  DICTIONARY_FILE,
  loadDictionary,
  loadTaxonomy,
  loadWorkspace,
  TAXONOMY_FILE,
} from './settingsFiles'
import {
  type CachedSummary,
  type FileStamp,
  loadSummaryCache,
  sameStamp,
  saveSummaryCache,
} from './summaryCache'

export interface OpenOptions {
  /** Names the program in the lock file, for the message a second writer gets. */
  app: string
  /** Open without taking the write lock; every write then raises `read-only`. */
  readOnly?: boolean
  /** When another process holds the lock, open read-only instead of raising `locked`. */
  fallbackToReadOnly?: boolean
}

export interface WriteOptions {
  actor: string
  /** The `meta.updatedAt` the caller loaded, or null to skip the conflict check. */
  expectedUpdatedAt: string | null
  now?: Date
  /**
   * Keeps `meta` as it is on disk. Review actions and export change only `workflow`, and
   * `meta.updatedBy` must go on naming the text's last author for the four-eyes rule.
   */
  keepMeta?: boolean
  /** The entry as the caller has just read it from this folder, which spares a second read. */
  current?: Entry
}

const log = createLogger('folder')

/**
 * Returns whether two parsed entries have equal fields apart from `meta`. Parsing puts keys in
 * schema order, so equal JSON text means equal content, as it does for the written files.
 */
function hasSameFieldsButMeta(a: Entry, b: Entry): boolean {
  for (const field of Object.keys(a) as Array<keyof Entry>) {
    if (field === 'meta' || a[field] === b[field]) continue
    if (JSON.stringify(a[field]) !== JSON.stringify(b[field])) return false
  }

  return true
}

function isMissingFolderError(error: unknown): boolean {
  return (
    error instanceof CodeDeskError &&
    (error.details as { errno?: string } | undefined)?.errno === 'ENOENT'
  )
}

/**
 * An open content folder: its settings, the list of its entries and the write lock. Entries are
 * kept in memory only as summaries, so a 20,000-entry folder stays small; `read` loads a whole
 * entry from its file.
 */
export class ContentFolder {
  readonly folder: string
  taxonomy: Taxonomy
  workspace: Workspace
  readonly #lock: FolderLock | null
  readonly #readOnlyReason: string | null
  readonly #summaries = new Map<string, EntrySummary>()
  readonly #fileNames = new Map<string, string>()
  readonly #fileProblems: FileProblem[]
  // Stamp of each entry file as this folder last loaded or wrote it, for `hasChangedOnDisk`.
  readonly #stamps = new Map<string, FileStamp>()
  // Codes whose files could not be loaded: writing them would overwrite what the file still holds.
  readonly #badCodes = new Set<string>()
  #entriesDirReady = false
  // The summary cache write that open starts; close waits for it before releasing the lock.
  #cacheWrite: Promise<void> = Promise.resolve()

  private constructor(init: {
    folder: string
    taxonomy: Taxonomy
    workspace: Workspace
    lock: FolderLock | null
    readOnlyReason: string | null
    fileProblems: FileProblem[]
  }) {
    this.folder = init.folder
    this.taxonomy = init.taxonomy
    this.workspace = init.workspace
    this.#lock = init.lock
    this.#readOnlyReason = init.readOnlyReason
    this.#fileProblems = init.fileProblems
  }

  static async open(folder: string, options: OpenOptions): Promise<ContentFolder> {
    const isFolder = await stat(folder).then(
      (stats) => stats.isDirectory(),
      () => null,
    )
    if (isFolder === null) {
      throw new CodeDeskError(
        'not-found',
        `Content folder ${folder} does not exist. Check the path, or create it with an entries/ folder inside.`,
      )
    }
    if (!isFolder) {
      throw new CodeDeskError(
        'invalid-argument',
        `Content folder ${folder} is a file, not a folder. Pass the folder that contains entries/.`,
      )
    }

    let lock: FolderLock | null = null
    let readOnlyReason: string | null = options.readOnly === true ? 'opened read-only' : null
    if (options.readOnly !== true) {
      try {
        lock = await FolderLock.acquire(folder, options.app)
      } catch (error) {
        if (!(
          error instanceof CodeDeskError &&
          error.code === 'locked' &&
          options.fallbackToReadOnly === true
        ))
          throw error
        readOnlyReason = error.message
      }
    }

    try {
      const cache = await loadSummaryCache(folder)
      const [taxonomy, workspace, scan] = await Promise.all([
        loadTaxonomy(folder),
        loadWorkspace(folder),
        scanEntries(folder, cache),
      ])
      const fileProblems = [taxonomy.problem, workspace.problem, ...scan.problems].filter(
        (problem): problem is FileProblem => problem !== null,
      )
      const opened = new ContentFolder({
        folder,
        taxonomy: taxonomy.value,
        workspace: workspace.value,
        lock,
        readOnlyReason,
        fileProblems,
      })

      for (const { summary, fileName, stamp } of scan.entries) {
        opened.#summaries.set(summary.code, summary)
        opened.#fileNames.set(summary.code, fileName)
        opened.#stamps.set(summary.code, stamp)
      }
      // Only the lock holder writes the cache; a read-only open may run beside a writer.
      const cacheStale =
        scan.cacheHits !== scan.entries.length || cache.size !== scan.entries.length
      if (lock !== null && cacheStale) {
        const files = new Map<string, CachedSummary>(
          scan.entries.map(({ summary, fileName, stamp }) => [fileName, { stamp, summary }]),
        )
        opened.#cacheWrite = saveSummaryCache(folder, files).catch((error: unknown) => {
          log.warn('summary cache not written; the next open reads every entry file', {
            folder,
            error: String(error),
          })
        })
      }
      for (const problem of scan.problems) {
        const fileName = problem.path.split(/[\\/]/).pop() ?? ''
        if (fileName.endsWith('.json')) opened.#badCodes.add(fileName.slice(0, -5).toUpperCase())
      }

      return opened
    } catch (error) {
      await lock?.release()
      throw error
    }
  }

  get readOnlyReason(): string | null {
    return this.#readOnlyReason
  }

  info(): FolderInfo {
    return {
      folder: this.folder,
      name: this.workspace.name,
      workspace: this.workspace,
      entryCount: this.#summaries.size,
      fileProblems: [...this.#fileProblems],
      readOnlyReason: this.#readOnlyReason,
    }
  }

  fileProblems(): FileProblem[] {
    return [...this.#fileProblems]
  }

  /** Returns every entry's summary, sorted by code. */
  list(): EntrySummary[] {
    return [...this.#summaries.values()].sort((a, b) => a.code.localeCompare(b.code))
  }

  summary(code: string): EntrySummary | undefined {
    return this.#summaries.get(normalizeCode(code))
  }

  has(code: string): boolean {
    return this.#summaries.has(normalizeCode(code))
  }

  codes(): string[] {
    return [...this.#summaries.keys()]
  }

  setProblemCounts(code: string, errorCount: number, warningCount: number): void {
    const summary = this.#summaries.get(code)
    if (summary !== undefined) this.#summaries.set(code, { ...summary, errorCount, warningCount })
  }

  entryPath(code: string): string {
    const normalized = normalizeCode(code)
    return join(this.folder, ENTRIES_DIR, this.#fileNames.get(normalized) ?? `${normalized}.json`)
  }

  /**
   * Returns whether an entry's file differs in size, modification time or inode from the file this
   * folder loaded (or last wrote), or cannot be checked. An unchanged file passed the entry schema
   * then. A caller about to write many entries can therefore check only the changed ones first.
   */
  hasChangedOnDisk(code: string): boolean {
    const normalized = normalizeCode(code)
    try {
      return !this.#isKnownStamp(normalized, lstatSync(this.entryPath(normalized)))
    } catch {
      return true
    }
  }

  /** Returns the stamp of an entry file as this folder last loaded or wrote it, or null. */
  stampOf(code: string): FileStamp | null {
    return this.#stamps.get(normalizeCode(code)) ?? null
  }

  /** Reads a whole entry from its file; raises `not-found` or `invalid-file`. */
  async read(code: string): Promise<Entry> {
    const normalized = normalizeCode(code)
    this.assertLoadable(normalized)
    if (!this.#summaries.has(normalized)) {
      throw new CodeDeskError(
        'not-found',
        `Entry ${normalized} not found in ${this.folder}. Check the code, or create the entry.`,
      )
    }

    const result = await readEntryFile(this.entryPath(normalized), normalized)
    if (!result.ok) {
      throw new CodeDeskError(
        'invalid-file',
        `Entry file ${this.entryPath(normalized)} could not be loaded: ${result.reason}. It is kept as it is; fix or restore it, then reopen the folder.`,
      )
    }

    return result.entry
  }

  /**
   * Writes an entry atomically. Content equal to the file's leaves the file untouched and its
   * `meta` as it was; otherwise `meta.updatedAt` and `updatedBy` are set. Raises `conflict` when
   * the file changed since the caller loaded it.
   */
  async write(entry: Entry, options: WriteOptions): Promise<Entry> {
    this.#assertWritable()
    const code = normalizeCode(String(entry.code))
    this.assertLoadable(code)

    const current =
      options.current?.code === code ? options.current : await this.#readIfPresent(code)
    const parsed = parseEntryUpdate(entry, current)
    if (
      current !== null &&
      options.expectedUpdatedAt !== null &&
      current.meta.updatedAt !== options.expectedUpdatedAt
    ) {
      throw new CodeDeskError(
        'conflict',
        `Entry ${code} was changed by ${current.meta.updatedBy} at ${current.meta.updatedAt} after you opened it. Reload it and apply your edit again.`,
      )
    }
    if (current !== null && hasSameFieldsButMeta(current, parsed)) return current

    const now = (options.now ?? new Date()).toISOString()
    const meta =
      options.keepMeta === true && current !== null
        ? current.meta
        : entrySchema.shape.meta.parse({
            ...(current?.meta ?? parsed.meta),
            updatedAt: now,
            updatedBy: options.actor,
          })
    const next: Entry = { ...parsed, meta }

    await this.#writeEntryFile(code, next)
    this.#fileNames.set(code, this.#fileNames.get(code) ?? `${code}.json`)
    this.#summaries.set(code, {
      ...summarizeEntry(next),
      errorCount: this.#summaries.get(code)?.errorCount ?? 0,
      warningCount: this.#summaries.get(code)?.warningCount ?? 0,
    })

    return next
  }

  /**
   * Records that export rewrote an entry's file outside `write` to mark it published: the summary
   * takes the new workflow, and the stamp that of the new file (null when it could not be read).
   */
  recordPublished(code: string, workflow: Workflow, stamp: FileStamp | null): void {
    const normalized = normalizeCode(code)
    const summary = this.#summaries.get(normalized)
    // A code deleted meanwhile keeps no stamp.
    if (summary === undefined) return
    this.#summaries.set(normalized, {
      ...summary,
      status: workflow.status,
      revision: workflow.revision,
    })
    if (stamp === null) this.#stamps.delete(normalized)
    else this.#stamps.set(normalized, stamp)
  }

  /** Creates a draft entry with empty sections; raises on a malformed or existing code. */
  async create(rawCode: string, title: string, actor: string, now = new Date()): Promise<Entry> {
    const code = normalizeCode(rawCode)
    const codeSystem = deriveCodeSystem(code)
    if (codeSystem === null) {
      throw new CodeDeskError(
        'invalid-argument',
        `Code '${rawCode}' is not a CPT or HCPCS Level II code. Use five digits (99213), four digits and F or T (0001F, 0042T), or a letter and four digits (M1440).`,
      )
    }
    if (this.#summaries.has(code) || this.#badCodes.has(code)) {
      throw new CodeDeskError(
        'already-exists',
        `Entry ${code} already exists in ${this.folder}. Open it instead.`,
      )
    }

    const category = this.taxonomy.categories.find(
      (candidate) => candidate.codeSystem === codeSystem && categoryMatches(candidate, code),
    )
    const at = now.toISOString()
    const entry: Entry = {
      code,
      codeSystem,
      title,
      category: category?.id ?? '',
      synonyms: [],
      summary: emptyDoc(),
      plainLanguage: emptyDoc(),
      clinicalContext: emptyDoc(),
      faqs: [],
      specialties: [],
      rvu: null,
      workflow: { status: 'draft', revision: 1, approvedRevision: null, publishedVersion: null },
      meta: { createdAt: at, createdBy: actor, updatedAt: at, updatedBy: actor },
    }

    return this.write(entry, { actor, expectedUpdatedAt: null, now })
  }

  async delete(rawCode: string): Promise<void> {
    this.#assertWritable()
    const code = normalizeCode(rawCode)
    if (!this.#summaries.has(code)) {
      throw new CodeDeskError(
        'not-found',
        `Entry ${code} not found in ${this.folder}; nothing was deleted.`,
      )
    }

    await unlink(this.entryPath(code))
    this.#summaries.delete(code)
    this.#fileNames.delete(code)
    this.#stamps.delete(code)
  }

  async saveTaxonomy(taxonomy: Taxonomy): Promise<Taxonomy> {
    this.#assertWritable()
    if (this.#fileProblems.some((problem) => problem.path === join(this.folder, TAXONOMY_FILE))) {
      throw new CodeDeskError(
        'invalid-file',
        `${join(this.folder, TAXONOMY_FILE)} could not be loaded, so it is not overwritten. Fix or remove it first.`,
      )
    }

    const parsed = taxonomySchema.parse(taxonomy)
    await writeJsonFile(join(this.folder, TAXONOMY_FILE), parsed)
    this.taxonomy = parsed

    return parsed
  }

  dictionary(): Promise<string[]> {
    return loadDictionary(this.folder)
  }

  /** Adds a word to the shared spell-check list unless it is already there. */
  async addDictionaryWord(word: string): Promise<string[]> {
    this.#assertWritable()
    if (!/^[\p{L}\p{N}'’-]+$/u.test(word)) {
      throw new CodeDeskError(
        'invalid-argument',
        `Word '${word}' cannot be added to the dictionary: use one word of letters, digits, hyphens or apostrophes.`,
      )
    }

    const words = await this.dictionary()
    if (words.includes(word)) return words

    const path = join(this.folder, DICTIONARY_FILE)
    const existing = await readFile(path, 'utf8').catch(() => '')
    const separator = existing === '' || existing.endsWith('\n') ? '' : '\n'
    await appendFile(path, `${separator}${word}\n`)

    return [...words, word]
  }

  async close(): Promise<void> {
    await this.#cacheWrite
    await this.#lock?.release()
  }

  // Creates entries/ at the first write only, and again when it was removed while the folder was
  // open.
  async #writeEntryFile(code: string, entry: Entry): Promise<void> {
    const dir = join(this.folder, ENTRIES_DIR)
    if (!this.#entriesDirReady) {
      await mkdir(dir, { recursive: true })
      this.#entriesDirReady = true
    }

    const path = this.entryPath(code)
    try {
      await writeJsonFile(path, entry)
    } catch (error) {
      if (!isMissingFolderError(error)) throw error
      await mkdir(dir, { recursive: true })
      await writeJsonFile(path, entry)
    }

    const stats = await lstat(path).catch(() => null)
    if (stats === null) this.#stamps.delete(code)
    else this.#stamps.set(code, { size: stats.size, mtimeMs: stats.mtimeMs, ino: stats.ino })
  }

  #isKnownStamp(code: string, stats: Stats): boolean {
    const known = this.#stamps.get(code)
    return (
      known !== undefined &&
      sameStamp(known, { size: stats.size, mtimeMs: stats.mtimeMs, ino: stats.ino })
    )
  }

  async #readIfPresent(code: string): Promise<Entry | null> {
    return this.#summaries.has(code) ? this.read(code) : null
  }

  #assertWritable(): void {
    if (this.#readOnlyReason !== null) {
      throw new CodeDeskError(
        'read-only',
        `Content folder ${this.folder} is read-only: ${this.#readOnlyReason}`,
      )
    }
  }

  /** Raises `invalid-file` when the code's file exists but could not be loaded. */
  assertLoadable(code: string): void {
    if (this.#badCodes.has(code)) {
      const problem = this.#fileProblems.find((candidate) =>
        candidate.path.toUpperCase().endsWith(`${code}.JSON`),
      )
      throw new CodeDeskError(
        'invalid-file',
        `Entry file ${problem?.path ?? code} could not be loaded: ${problem?.reason ?? 'unknown reason'}. It is kept as it is; fix or restore it, then reopen the folder.`,
      )
    }
  }
}
