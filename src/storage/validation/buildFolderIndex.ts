import type { EntrySummary } from '../../shared/api/types'
import type { FolderIndex } from '../../shared/validation/engine'
import { normalizeTerm } from '../../shared/validation/normalizeTerm'

/** The terms and release one entry adds to the index, kept so a later save or delete can remove them. */
export interface IndexContribution {
  title: string | null
  synonyms: string[]
  rvuRelease: string | null
}

// Owners are sets because thousands of codes can share one title (CMS reuses short descriptors).
function addOwner(map: Map<string, Set<string>>, key: string, code: string): void {
  const owners = map.get(key)
  if (owners === undefined) map.set(key, new Set([code]))
  else owners.add(code)
}

function removeOwner(map: Map<string, Set<string>>, key: string, code: string): void {
  const owners = map.get(key)
  owners?.delete(code)
  if (owners?.size === 0) map.delete(key)
}

function contributionOf(summary: EntrySummary): IndexContribution {
  const title = normalizeTerm(summary.title)
  const synonyms = new Set(summary.synonyms.map(normalizeTerm).filter((term) => term !== ''))

  return {
    title: title === '' ? null : title,
    synonyms: [...synonyms],
    rvuRelease: summary.rvuRelease,
  }
}

/**
 * The cross-entry view the rules read, kept current one entry at a time: `upsert` after a save or
 * create and `remove` after a delete cost time in proportion to that entry's synonyms, not to the
 * size of the folder.
 */
export class LiveFolderIndex implements FolderIndex {
  readonly codes = new Set<string>()
  readonly synonymOwners = new Map<string, Set<string>>()
  readonly titleOwners = new Map<string, Set<string>>()
  readonly rvuReleases = new Map<string, Set<string>>()
  feeScheduleCodes: ReadonlySet<string> | null = null
  feeScheduleRelease: string | null = null
  readonly #contributions = new Map<string, IndexContribution>()

  /** Adds or replaces an entry's terms and release; returns what it contributed before, if any. */
  upsert(summary: EntrySummary): IndexContribution | undefined {
    const before = this.remove(summary.code)
    const after = contributionOf(summary)

    this.codes.add(summary.code)
    if (after.title !== null) addOwner(this.titleOwners, after.title, summary.code)
    for (const synonym of after.synonyms) addOwner(this.synonymOwners, synonym, summary.code)
    if (after.rvuRelease !== null) addOwner(this.rvuReleases, after.rvuRelease, summary.code)
    this.#contributions.set(summary.code, after)

    return before
  }

  /** Removes an entry; returns what it contributed, or undefined when it was not indexed. */
  remove(code: string): IndexContribution | undefined {
    const before = this.#contributions.get(code)
    if (before === undefined) return undefined

    this.codes.delete(code)
    if (before.title !== null) removeOwner(this.titleOwners, before.title, code)
    for (const synonym of before.synonyms) removeOwner(this.synonymOwners, synonym, code)
    if (before.rvuRelease !== null) removeOwner(this.rvuReleases, before.rvuRelease, code)
    this.#contributions.delete(code)

    return before
  }

  contribution(code: string): IndexContribution | undefined {
    return this.#contributions.get(code)
  }
}

/** Builds the cross-entry view the rules read from the folder's entry summaries. */
export function buildFolderIndex(
  summaries: Iterable<EntrySummary>,
  feeScheduleCodes: ReadonlySet<string> | null,
  feeScheduleRelease: string | null = null,
): LiveFolderIndex {
  const index = new LiveFolderIndex()
  index.feeScheduleCodes = feeScheduleCodes
  index.feeScheduleRelease = feeScheduleRelease
  for (const summary of summaries) index.upsert(summary)

  return index
}
