import type { Entry } from '../model/entry'
import type { ValidationContext } from './engine'
import type { Problem } from './problem'
import { validateEntry } from './validateEntry'

/**
 * Returns the errors that block submitting the entry for review: every rule runs as if the entry
 * were already in review, so a draft is held to the complete-content rules. An empty array means
 * the entry can be submitted. Approval and export use the same check.
 */
export function validateForSubmission(entry: Entry, context: ValidationContext): Problem[] {
  const asSubmitted: Entry =
    entry.workflow.status === 'draft'
      ? { ...entry, workflow: { ...entry.workflow, status: 'in-review' } }
      : entry

  return validateEntry(asSubmitted, context).filter((problem) => problem.severity === 'error')
}
