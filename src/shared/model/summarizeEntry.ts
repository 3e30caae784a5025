import type { EntrySummary } from '../api/types'
import type { Entry } from './entry'

/**
 * Builds the list row of an entry. Problem counts are zero unless given, because storage fills
 * them in once validation has run.
 */
export function summarizeEntry(
  entry: Entry,
  counts = { errorCount: 0, warningCount: 0 },
): EntrySummary {
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
    errorCount: counts.errorCount,
    warningCount: counts.warningCount,
  }
}
