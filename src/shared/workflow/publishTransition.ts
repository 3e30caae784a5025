import type { ReviewEvent } from '../api/types'
import type { Entry, Workflow } from '../model/entry'

/**
 * Returns the workflow after export published the entry's approved revision in bundle `version`,
 * and the event for its history. An approved entry becomes published. An entry whose next
 * revision is being written keeps its status, because the bundle contains the approved revision
 * and not the draft. The caller only passes entries with an approved revision.
 */
export function publishTransition(
  entry: Entry,
  input: { version: string; actor: string; now: Date },
): { workflow: Workflow; event: ReviewEvent } {
  const workflow = entry.workflow
  const status = workflow.status === 'approved' ? 'published' : workflow.status

  return {
    workflow: { ...workflow, status, publishedVersion: input.version },
    event: {
      action: 'published',
      actor: input.actor,
      at: input.now.toISOString(),
      revision: workflow.approvedRevision ?? workflow.revision,
      comment: `Published in bundle ${input.version}.`,
    },
  }
}
