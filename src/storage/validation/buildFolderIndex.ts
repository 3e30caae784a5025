import type { EntrySummary } from '../../shared/api/types'
import type { FolderIndex } from '../../shared/validation/engine'

/** Folds case and runs of white space, so "Virtual  Visit" and "virtual visit" are one term. */
export function normalizeTerm(term: string): string {
  return term.trim().replace(/\s+/g, ' ').toLowerCase()
}

function addOwner(map: Map<string, string[]>, key: string, code: string): void {
  const owners = map.get(key)
  if (owners === undefined) map.set(key, [code])
  else if (!owners.includes(code)) owners.push(code)
}

/** Builds the cross-entry view the rules read from the folder's entry summaries. */
export function buildFolderIndex(
  summaries: Iterable<EntrySummary>,
  feeScheduleCodes: ReadonlySet<string> | null,
): FolderIndex {
  const codes = new Set<string>()
  const termOwners = new Map<string, string[]>()
  const rvuReleases = new Map<string, string[]>()

  for (const summary of summaries) {
    codes.add(summary.code)
    if (summary.title.trim() !== '')
      addOwner(termOwners, normalizeTerm(summary.title), summary.code)
    for (const synonym of summary.synonyms) {
      if (synonym.trim() !== '') addOwner(termOwners, normalizeTerm(synonym), summary.code)
    }
    if (summary.rvuRelease !== null) addOwner(rvuReleases, summary.rvuRelease, summary.code)
  }

  return { codes, termOwners, rvuReleases, feeScheduleCodes }
}
