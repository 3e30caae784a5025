import type { FileProblem, FolderValidation } from '../../shared/api/types'
import { normalizeCode } from '../../shared/codes/codeSystem'
import type { Entry } from '../../shared/model/entry'
import type { ValidationContext } from '../../shared/validation/engine'
import type { Problem } from '../../shared/validation/problem'
import { expectedRvuRelease } from '../../shared/validation/rules/rvuRules'
import { validateEntry } from '../../shared/validation/validateEntry'
import { validateWorkspace } from '../../shared/validation/validateWorkspace'
import { mapWithConcurrency } from '../files/mapWithConcurrency'
import type { ContentFolder } from '../folder/ContentFolder'
import { READ_CONCURRENCY } from '../folder/scanEntries'
import type { FileStamp } from '../folder/summaryCache'
import { createLogger, type Logger } from '../logger'
import { buildFolderIndex, type IndexContribution, type LiveFolderIndex } from './buildFolderIndex'
import { loadFeeSchedule } from './loadFeeSchedule'
import {
  codeMentionsOf,
  type EntryFileJob,
  type EntryFileValidation,
  validateEntryFile,
} from './validateEntryFile'
import {
  sourceValidationWorkers,
  validateInWorkers,
  type ValidationWorkers,
} from './validateInWorkers'

function countBySeverity(problems: readonly Problem[]) {
  const counts = { error: 0, warning: 0, info: 0 }
  for (const problem of problems) counts[problem.severity]++
  return counts
}

function changedTerms(
  before: IndexContribution | undefined,
  after: IndexContribution | undefined,
): string[] {
  const terms = (contribution: IndexContribution | undefined) => [
    ...(contribution?.synonyms ?? []),
    ...(contribution?.title === null || contribution?.title === undefined
      ? []
      : [contribution.title]),
  ]
  const old = new Set(terms(before))
  const next = new Set(terms(after))

  return [...old, ...next].filter((term) => !(old.has(term) && next.has(term)))
}

export interface FolderValidatorOptions {
  log?: Logger
  /**
   * Worker threads for validating many entries at once, or null to validate every entry on the
   * calling thread. The default runs the TypeScript source through tsx; a bundled build passes its
   * built script.
   */
  workers?: ValidationWorkers | null
  /** Smallest batch worth starting workers for; smaller batches run on the calling thread. */
  minEntriesForWorkers?: number
}

// Starting a worker and loading the rules into it costs about as much as validating a few hundred
// entries on the calling thread.
const MIN_ENTRIES_FOR_WORKERS = 1000

/**
 * Validates the entries of an open folder and keeps each summary's error and warning counts
 * current. After a save, create or delete, the cross-entry index is updated for that entry only.
 * The other entries whose problems the change can alter are re-validated in the background, so a
 * keystroke's validation never reads the whole folder. Whole-folder passes run on worker threads.
 */
export class FolderValidator {
  readonly #folder: ContentFolder
  readonly #log: Logger
  readonly #workers: ValidationWorkers | null
  readonly #minEntriesForWorkers: number
  #index: LiveFolderIndex | null = null
  #feeScheduleCodes: ReadonlySet<string> | null = null
  #feeScheduleRelease: string | null = null
  #feeScheduleProblem: FileProblem | null = null
  // Code → the other codes its text mentions, and the reverse, so that creating or deleting an
  // entry re-validates the entries that mention it.
  readonly #mentions = new Map<string, ReadonlySet<string>>()
  readonly #mentionedBy = new Map<string, Set<string>>()
  // Bumped on every save or delete, so a background result for an older version is dropped.
  readonly #generations = new Map<string, number>()
  // Code → the stamp the folder had for the entry file when a validation without errors started.
  readonly #errorFreeStamps = new Map<string, FileStamp>()
  readonly #pending = new Set<string>()
  #draining: Promise<void> | null = null
  #starting: Promise<void> | null = null
  // True from start() until the fee schedule is loaded and the first pass is scheduled.
  #loading = false

  constructor(folder: ContentFolder, options: FolderValidatorOptions = {}) {
    this.#folder = folder
    this.#log = options.log ?? createLogger('validation')
    this.#workers = options.workers === undefined ? sourceValidationWorkers() : options.workers
    this.#minEntriesForWorkers = options.minEntriesForWorkers ?? MIN_ENTRIES_FOR_WORKERS
  }

  /** Sets the codes the imported fee schedule lists (null when none was imported). */
  setFeeScheduleCodes(codes: ReadonlySet<string> | null, release: string | null = null): void {
    this.#feeScheduleCodes = codes
    this.#feeScheduleRelease = release
    this.#index = null
  }

  /**
   * Reads `fee-schedule.json` from the folder, as the RVU import leaves it, and uses it from now
   * on. A broken file is reported by `validateAll`. Entries are not re-validated.
   */
  async loadFeeSchedule(): Promise<void> {
    const loaded = await loadFeeSchedule(this.#folder.folder)
    this.#feeScheduleProblem = loaded.problem
    if (loaded.problem !== null) this.#log.warn('fee schedule not loaded', { ...loaded.problem })

    this.setFeeScheduleCodes(
      loaded.schedule === null ? null : new Set(loaded.schedule.codes),
      loaded.schedule?.release ?? null,
    )
  }

  /**
   * Reads `fee-schedule.json` again and re-validates every entry in the background; call it after
   * an RVU import has written the file.
   */
  async reloadFeeSchedule(): Promise<void> {
    await this.loadFeeSchedule()
    this.revalidateAll()
  }

  /**
   * Loads the fee schedule, then validates every entry in the background so that the list's
   * problem counts fill in after the folder opens. Failures are logged, never thrown.
   */
  start(): void {
    this.#loading = true
    this.#starting = this.loadFeeSchedule()
      .then(() => this.#schedule(this.#folder.codes()))
      .catch((error: unknown) =>
        this.#log.error('background validation failed to start', { error: String(error) }),
      )
      .finally(() => {
        this.#loading = false
      })
  }

  /** Returns true when no background validation is running or waiting to run. */
  isIdle(): boolean {
    return !this.#loading && this.#draining === null && this.#pending.size === 0
  }

  /** Resolves when no background validation is pending. */
  async whenIdle(): Promise<void> {
    await this.#starting
    while (this.#draining !== null) await this.#draining
  }

  /**
   * Rebuilds the cross-entry index from the summaries at the next validation. After one entry
   * changed, `entrySaved` or `entryDeleted` is cheaper and also refreshes the entries it affects.
   */
  invalidate(): void {
    this.#index = null
  }

  /**
   * Rebuilds the index and re-validates every entry in the background, for changes that can alter
   * every entry's problems, such as a saved taxonomy.
   */
  revalidateAll(): void {
    this.#index = null
    this.#schedule(this.#folder.codes())
  }

  context(): ValidationContext {
    // Summaries in any order: list() sorts them, which costs more than building the index.
    this.#index ??= buildFolderIndex(
      this.#folder
        .codes()
        .map((code) => this.#folder.summary(code))
        .filter((s) => s !== undefined),
      this.#feeScheduleCodes,
      this.#feeScheduleRelease,
    )

    return {
      taxonomy: this.#folder.taxonomy,
      workspace: this.#folder.workspace,
      folder: this.#index,
    }
  }

  /** Validates an entry that may differ from its file (the editor's unsaved text); records nothing. */
  validateDraft(entry: Entry): Problem[] {
    return validateEntry(entry, this.context())
  }

  /** Validates the saved version of an entry and records its problem counts in its summary. */
  validate(entry: Entry): Problem[] {
    const stamp = this.#folder.stampOf(entry.code)
    const problems = validateEntry(entry, this.context())
    this.#record(entry.code, problems, codeMentionsOf(entry), stamp)

    return problems
  }

  /**
   * Returns the folder's stamp of the entry file when the last validation of `code` started, if
   * that validation found no error, else null. While the file keeps this stamp, its content is
   * what was validated, so export need not validate it again. Results are current only once the
   * validator is idle.
   */
  errorFreeStamp(code: string): FileStamp | null {
    return this.#errorFreeStamps.get(normalizeCode(code)) ?? null
  }

  /**
   * Updates the index after an entry was created or saved and validates it. The entries whose
   * problems the change can alter are re-validated in the background. Those are the entries with
   * an old or new synonym or title of this entry as a synonym and those that mention a newly
   * created code. When the folder's expected RVU release changed, every entry with RVU data is too.
   */
  entrySaved(entry: Entry): Problem[] {
    const summary = this.#folder.summary(entry.code)
    this.#bumpGeneration(entry.code)
    if (this.#index === null || summary === undefined) {
      this.#index = null
      return this.validate(entry)
    }

    const releaseBefore = expectedRvuRelease(this.#index)
    const created = !this.#index.codes.has(entry.code)
    const before = this.#index.upsert(summary)
    const after = this.#index.contribution(entry.code)
    const affected = this.#affectedByTerms(changedTerms(before, after))
    if (created) for (const code of this.#mentionedBy.get(entry.code) ?? []) affected.add(code)
    if (expectedRvuRelease(this.#index) !== releaseBefore) this.#addRvuHolders(affected)

    const problems = this.validate(entry)
    affected.delete(entry.code)
    this.#schedule(affected)

    return problems
  }

  /** Updates the index after an entry was deleted and re-validates the entries it affected. */
  entryDeleted(code: string): void {
    this.#bumpGeneration(code)
    this.#errorFreeStamps.delete(code)
    this.#forgetMentions(code)
    if (this.#index === null) return

    const releaseBefore = expectedRvuRelease(this.#index)
    const before = this.#index.remove(code)
    const affected = this.#affectedByTerms(changedTerms(before, undefined))
    for (const mentioning of this.#mentionedBy.get(code) ?? []) affected.add(mentioning)
    if (expectedRvuRelease(this.#index) !== releaseBefore) this.#addRvuHolders(affected)

    this.#schedule(affected)
  }

  /** Reads and validates every entry, updating each summary's problem counts. */
  async validateAll(): Promise<FolderValidation> {
    const codes = this.#folder.codes().sort()
    const { found, unreadable } = await this.#validateFiles(codes)
    const problems = [...validateWorkspace(this.#folder.workspace)]
    for (const code of codes) problems.push(...(found.get(code) ?? []))

    const byRule: Record<string, number> = {}
    for (const problem of problems) byRule[problem.ruleId] = (byRule[problem.ruleId] ?? 0) + 1
    const fileProblems = this.#folder.fileProblems()
    const reported = new Set(fileProblems.map((problem) => problem.path))
    fileProblems.push(...unreadable.filter((problem) => !reported.has(problem.path)))
    if (this.#feeScheduleProblem !== null) fileProblems.push(this.#feeScheduleProblem)

    return { problems, fileProblems, counts: countBySeverity(problems), byRule }
  }

  /**
   * Validates the files of `codes` and records each one's counts; returns the problems by code and
   * the files that could not be read. Large batches go to the worker threads. If they cannot start
   * or one crashes, the entries they did not finish are validated here, so a broken worker costs
   * time, not results.
   */
  async #validateFiles(
    codes: readonly string[],
  ): Promise<{ found: Map<string, Problem[]>; unreadable: FileProblem[] }> {
    const generations = new Map(codes.map((code) => [code, this.#generations.get(code) ?? 0]))
    const stamps = new Map(codes.map((code) => [code, this.#folder.stampOf(code)]))
    const jobs: EntryFileJob[] = codes
      .filter((code) => this.#isReadable(code))
      .map((code) => ({ code, path: this.#folder.entryPath(code) }))
    const context = this.context()
    const found = new Map<string, Problem[]>()
    const failed = new Map<string, string>()

    const accept = (result: EntryFileValidation) => {
      if (!result.ok) {
        failed.set(result.code, result.reason)
        return
      }
      failed.delete(result.code)
      found.set(result.code, result.problems)
      // A save while the file was read has already recorded the newer version's counts.
      if ((this.#generations.get(result.code) ?? 0) === generations.get(result.code))
        this.#record(result.code, result.problems, result.mentions, stamps.get(result.code) ?? null)
    }
    const validateHere = (limit: number, left: readonly EntryFileJob[]) =>
      mapWithConcurrency(left, limit, async (job) => accept(await validateEntryFile(job, context)))

    if (this.#workers !== null && jobs.length >= this.#minEntriesForWorkers) {
      try {
        await validateInWorkers(jobs, context, this.#workers, accept)
      } catch (error) {
        this.#log.warn('validation workers failed; validating on the main thread', {
          error: String(error),
        })
      }
    }
    await validateHere(
      READ_CONCURRENCY,
      jobs.filter((job) => !found.has(job.code)),
    )
    // A read can fail for a passing reason, such as too many open files while workers shut down,
    // so failed files get one more try, one at a time.
    await validateHere(
      1,
      jobs.filter((job) => failed.has(job.code)),
    )

    const unreadable: FileProblem[] = []
    for (const [code, reason] of failed) {
      // The file changed or broke since the folder opened; reopening the folder reports it too.
      this.#log.warn('entry not validated', { code, reason })
      unreadable.push({ path: this.#folder.entryPath(code), reason })
    }

    return { found, unreadable }
  }

  #isReadable(code: string): boolean {
    if (!this.#folder.has(code)) return false
    try {
      this.#folder.assertLoadable(code)
      return true
    } catch {
      return false
    }
  }

  #record(
    code: string,
    problems: readonly Problem[],
    mentions: readonly string[],
    stamp: FileStamp | null,
  ): void {
    if (!this.#folder.has(code)) return

    const counts = countBySeverity(problems)
    if (counts.error === 0 && stamp !== null) this.#errorFreeStamps.set(code, stamp)
    else this.#errorFreeStamps.delete(code)
    this.#folder.setProblemCounts(code, counts.error, counts.warning)
    this.#recordMentions(code, mentions)
  }

  #recordMentions(code: string, mentioned: readonly string[]): void {
    this.#forgetMentions(code)

    this.#mentions.set(code, new Set(mentioned))
    for (const other of mentioned) {
      const mentioning = this.#mentionedBy.get(other) ?? new Set<string>()
      mentioning.add(code)
      this.#mentionedBy.set(other, mentioning)
    }
  }

  #forgetMentions(code: string): void {
    for (const mentioned of this.#mentions.get(code) ?? []) {
      const mentioning = this.#mentionedBy.get(mentioned)
      mentioning?.delete(code)
      if (mentioning?.size === 0) this.#mentionedBy.delete(mentioned)
    }
    this.#mentions.delete(code)
  }

  // Entries whose synonyms-shared problems depend on the terms: those listing one as a synonym.
  #affectedByTerms(terms: readonly string[]): Set<string> {
    const affected = new Set<string>()
    for (const term of terms) {
      for (const code of this.#index?.synonymOwners.get(term) ?? []) affected.add(code)
    }

    return affected
  }

  #addRvuHolders(affected: Set<string>): void {
    for (const codes of this.#index?.rvuReleases.values() ?? []) {
      for (const code of codes) affected.add(code)
    }
  }

  #bumpGeneration(code: string): void {
    this.#generations.set(code, (this.#generations.get(code) ?? 0) + 1)
  }

  #schedule(codes: Iterable<string>): void {
    for (const code of codes) this.#pending.add(code)
    if (this.#pending.size === 0 || this.#draining !== null) return

    this.#draining = this.#drain()
      .catch((error: unknown) =>
        this.#log.error('background validation failed', { error: String(error) }),
      )
      .finally(() => {
        this.#draining = null
        if (this.#pending.size > 0) this.#schedule([])
      })
  }

  async #drain(): Promise<void> {
    while (this.#pending.size > 0) {
      const batch = [...this.#pending]
      this.#pending.clear()
      await this.#validateFiles(batch)
    }
  }
}
