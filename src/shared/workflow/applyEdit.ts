import type { Entry, Workflow } from '../model/entry'
import { hasSameContent } from './hasSameContent'

/**
 * Returns the workflow state an edit leaves the entry in.
 *
 * - draft, changes-requested and in-review keep their status and revision. An entry in review
 *   stays in the queue, the reviewer's diff shows the new text, and an approval that names the
 *   text the reviewer saw (`expectedUpdatedAt`) is rejected when the text changed since.
 * - approved and published start the next working revision as a draft. `approvedRevision` keeps
 *   pointing at the approved snapshot in the history, which export goes on using.
 */
export function workflowAfterEdit(workflow: Workflow): Workflow {
  if (workflow.status !== 'approved' && workflow.status !== 'published') return workflow

  return { ...workflow, status: 'draft', revision: workflow.revision + 1 }
}

/**
 * Returns the entry to write when a writer saves `next` over `previous` (the entry on disk).
 * The workflow always comes from `previous`, because a save must not change the status (only
 * the review actions do), and it moves on only when the content changed.
 */
export function applyEdit(previous: Entry, next: Entry): Entry {
  if (hasSameContent(previous, next)) return { ...next, workflow: previous.workflow }

  return { ...next, workflow: workflowAfterEdit(previous.workflow) }
}
