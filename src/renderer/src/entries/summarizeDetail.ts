import type { EntryDetail, EntrySummary } from '../../../shared/api/types'

/** Builds the list row of an entry the editor just saved, with its new problem counts. */
export function summarizeDetail(detail: EntryDetail): EntrySummary {
  const { entry, problems } = detail

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
    errorCount: problems.filter((problem) => problem.severity === 'error').length,
    warningCount: problems.filter((problem) => problem.severity === 'warning').length,
  }
}
