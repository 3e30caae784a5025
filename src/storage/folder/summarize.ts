import type { EntrySummary } from '../../shared/api/types'
import type { Entry } from '../../shared/model/entry'

/** Builds the list row of an entry; problem counts start at zero until validation fills them. */
export function summarizeEntry(entry: Entry): EntrySummary {
  return {
    code: entry.code,
    codeSystem: entry.codeSystem,
    title: entry.title,
    category: entry.category,
    synonyms: entry.synonyms,
    specialties: entry.specialties,
    status: entry.workflow.status,
    revision: entry.workflow.revision,
    updatedAt: entry.meta.updatedAt,
    updatedBy: entry.meta.updatedBy,
    rvuRelease: entry.rvu?.release ?? null,
    errorCount: 0,
    warningCount: 0,
  }
}
