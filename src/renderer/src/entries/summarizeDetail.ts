import type { EntryDetail, EntrySummary } from '../../../shared/api/types'
import { summarizeEntry } from '../../../shared/model/summarizeEntry'

/** Builds the list row of an entry the editor just saved, with its new problem counts. */
export function summarizeDetail(detail: EntryDetail): EntrySummary {
  const { entry, problems } = detail

  return summarizeEntry(entry, {
    errorCount: problems.filter((problem) => problem.severity === 'error').length,
    warningCount: problems.filter((problem) => problem.severity === 'warning').length,
  })
}
