import { randomUUID } from 'node:crypto'

import type { ContentApi } from '../../shared/api/contract'
import type { HistoryRecord } from '../../shared/api/types'
import { CodeDeskError, ok } from '../../shared/errors'
import type { Entry } from '../../shared/model/entry'
import type { Problem } from '../../shared/validation/problem'
import { validateForSubmission } from '../../shared/validation/validateForSubmission'
import { approveTransition } from '../../shared/workflow/approveTransition'
import { createComment, resolveComment } from '../../shared/workflow/commentActions'
import type { HistoryFile } from '../../shared/workflow/historySchema'
import { requestChangesTransition } from '../../shared/workflow/requestChangesTransition'
import { restoreTransition } from '../../shared/workflow/restoreTransition'
import { submitTransition } from '../../shared/workflow/submitTransition'
import { buildReviewQueue } from '../history/buildReviewQueue'
import { historyOf } from '../history/HistoryStore'
import type { ServiceContext } from './ServiceContext'

type WorkflowMethods = Pick<
  ContentApi,
  | 'submitForReview'
  | 'approveEntry'
  | 'requestChanges'
  | 'addComment'
  | 'resolveComment'
  | 'getReviewQueue'
  | 'getHistory'
  | 'getRevision'
  | 'restoreRevision'
>

function toHistoryRecord(history: HistoryFile): HistoryRecord {
  return {
    code: history.code,
    revisions: history.revisions.map(({ entry: _entry, ...record }) => record),
    events: history.events,
    comments: history.comments,
  }
}

/**
 * Submitting, reviewing and the approved-revision history. Each action that changes an entry
 * writes its history file first and the entry file second, under the entry's lock.
 */
export function createWorkflowMethods(context: ServiceContext): WorkflowMethods {
  const { folder, validator, profiles, log } = context
  const history = historyOf(folder)

  // A draft is checked as if it were in review, so the complete-content rules apply to it.
  function blockingErrors(entry: Entry): Problem[] {
    return validateForSubmission(entry, validator.context())
  }

  async function writeWorkflow(entry: Entry, workflow: Entry['workflow']) {
    const saved = await folder.write(
      { ...entry, workflow },
      { actor: await context.actor(), expectedUpdatedAt: entry.meta.updatedAt, keepMeta: true },
    )

    return { entry: saved, problems: validator.entrySaved(saved) }
  }

  return {
    submitForReview: ({ code }) =>
      history.withEntryLock(code, async () => {
        const entry = await folder.read(code)
        const result = submitTransition(entry, {
          profile: await profiles.get(),
          now: new Date(),
          problems: blockingErrors(entry),
        })

        await history.update(entry.code, (record) => ({
          ...record,
          events: [...record.events, result.event],
        }))
        const detail = await writeWorkflow(entry, result.workflow)
        log.info('entry submitted', { code: entry.code, revision: entry.workflow.revision })

        return ok(detail)
      }),

    approveEntry: ({ code, comment, expectedUpdatedAt }) =>
      history.withEntryLock(code, async () => {
        const entry = await folder.read(code)
        const result = approveTransition(entry, {
          profile: await profiles.get(),
          now: new Date(),
          problems: blockingErrors(entry),
          allowSelfApproval: folder.workspace.review.allowSelfApproval,
          comment,
          expectedUpdatedAt,
        })

        // The snapshot is written before the entry points `approvedRevision` at it. A retry after
        // a failed entry write replaces the snapshot of the same revision instead of adding one.
        // NOTE: an entry deleted and created again restarts at revision 1, so its first approval
        // replaces revision 1 of the old entry's history file.
        await history.update(entry.code, (record) => ({
          ...record,
          revisions: [
            ...record.revisions.filter(
              (snapshot) => snapshot.revision !== result.snapshot.revision,
            ),
            result.snapshot,
          ].sort((a, b) => a.revision - b.revision),
          events: [...record.events, result.event],
        }))
        const detail = await writeWorkflow(entry, result.entry.workflow)
        log.info('entry approved', {
          code: entry.code,
          revision: entry.workflow.revision,
          selfApproved: result.event.selfApproved === true,
        })

        return ok(detail)
      }),

    requestChanges: ({ code, comment, field }) =>
      history.withEntryLock(code, async () => {
        const entry = await folder.read(code)
        const result = requestChangesTransition(entry, {
          profile: await profiles.get(),
          now: new Date(),
          comment,
          field,
          commentId: randomUUID(),
        })

        await history.update(entry.code, (record) => ({
          ...record,
          events: [...record.events, result.event],
          comments: [...record.comments, result.comment],
        }))
        const detail = await writeWorkflow(entry, result.workflow)
        log.info('changes requested', { code: entry.code, revision: entry.workflow.revision })

        return ok(detail)
      }),

    addComment: ({ code, text, field }) =>
      history.withEntryLock(code, async () => {
        const entry = await folder.read(code)
        const comment = createComment(entry, {
          profile: await profiles.get(),
          now: new Date(),
          text,
          field,
          id: randomUUID(),
        })

        await history.update(entry.code, (record) => ({
          ...record,
          comments: [...record.comments, comment],
        }))

        return ok(comment)
      }),

    resolveComment: ({ code, commentId }) =>
      history.withEntryLock(code, async () => {
        const entry = await folder.read(code)
        const record = await history.read(entry.code)
        const comment = record.comments.find((candidate) => candidate.id === commentId)
        if (comment === undefined) {
          throw new CodeDeskError(
            'not-found',
            `Entry ${entry.code} has no comment ${commentId}. Reload the entry's comments and pick one of them.`,
          )
        }

        const resolved = resolveComment(comment, { profile: await profiles.get(), now: new Date() })
        await history.update(entry.code, (latest) => ({
          ...latest,
          comments: latest.comments.map((candidate) =>
            candidate.id === commentId ? resolved : candidate,
          ),
        }))

        return ok(resolved)
      }),

    getReviewQueue: async () => ok(await buildReviewQueue(folder, history, log)),

    getHistory: async ({ code }) => {
      const entry = await folder.read(code)
      return ok(toHistoryRecord(await history.read(entry.code)))
    },

    getRevision: async ({ code, revision }) => {
      const entry = await folder.read(code)
      return ok(await history.readSnapshot(entry.code, revision))
    },

    restoreRevision: ({ code, revision }) =>
      history.withEntryLock(code, async () => {
        const current = await folder.read(code)
        const snapshot = await history.readSnapshot(current.code, revision)
        const result = restoreTransition(current, snapshot, {
          profile: await profiles.get(),
          now: new Date(),
        })

        await history.update(current.code, (record) => ({
          ...record,
          events: [...record.events, result.event],
        }))
        const saved = await folder.write(result.entry, {
          actor: await context.actor(),
          expectedUpdatedAt: current.meta.updatedAt,
        })
        context.search.entryChanged(saved.code)
        log.info('revision restored', {
          code: current.code,
          from: revision,
          as: result.event.revision,
        })

        return ok({ entry: saved, problems: validator.entrySaved(saved) })
      }),
  }
}
