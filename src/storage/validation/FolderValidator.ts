import type { FolderValidation } from '../../shared/api/types'
import type { Entry } from '../../shared/model/entry'
import type { FolderIndex, ValidationContext } from '../../shared/validation/engine'
import type { Problem } from '../../shared/validation/problem'
import { validateEntry } from '../../shared/validation/validateEntry'
import { mapWithConcurrency } from '../files/mapWithConcurrency'
import type { ContentFolder } from '../folder/ContentFolder'
import { READ_CONCURRENCY } from '../folder/scanEntries'
import { buildFolderIndex } from './buildFolderIndex'

function countBySeverity(problems: readonly Problem[]) {
  const counts = { error: 0, warning: 0, info: 0 }
  for (const problem of problems) counts[problem.severity]++
  return counts
}

/**
 * Validates entries of an open folder against a cross-entry index that is rebuilt from summaries
 * only when an entry changes, so a keystroke's re-validation never reads the whole folder.
 */
export class FolderValidator {
  readonly #folder: ContentFolder
  #index: FolderIndex | null = null
  #feeScheduleCodes: ReadonlySet<string> | null = null

  constructor(folder: ContentFolder) {
    this.#folder = folder
  }

  setFeeScheduleCodes(codes: ReadonlySet<string> | null): void {
    this.#feeScheduleCodes = codes
    this.#index = null
  }

  /** Marks the cross-entry index stale after an entry was saved, created or deleted. */
  invalidate(): void {
    this.#index = null
  }

  context(): ValidationContext {
    this.#index ??= buildFolderIndex(this.#folder.list(), this.#feeScheduleCodes)

    return {
      taxonomy: this.#folder.taxonomy,
      workspace: this.#folder.workspace,
      folder: this.#index,
    }
  }

  validate(entry: Entry): Problem[] {
    const problems = validateEntry(entry, this.context())
    const counts = countBySeverity(problems)
    if (this.#folder.has(entry.code))
      this.#folder.setProblemCounts(entry.code, counts.error, counts.warning)

    return problems
  }

  /** Reads and validates every entry, updating each summary's problem counts. */
  async validateAll(): Promise<FolderValidation> {
    const codes = this.#folder.codes().sort()
    const perEntry = await mapWithConcurrency(codes, READ_CONCURRENCY, async (code) => {
      try {
        return this.validate(await this.#folder.read(code))
      } catch {
        // The file changed or broke since the folder opened; the next open reports it.
        return []
      }
    })
    const problems = perEntry.flat()
    const byRule: Record<string, number> = {}
    for (const problem of problems) byRule[problem.ruleId] = (byRule[problem.ruleId] ?? 0) + 1

    return {
      problems,
      fileProblems: this.#folder.fileProblems(),
      counts: countBySeverity(problems),
      byRule,
    }
  }
}
