import type { ContentApi } from '../../shared/api/contract'
import { fail } from '../../shared/errors'
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

const notYet = async () =>
  fail<never>('not-implemented', 'Review and history are not available yet.')

/** Submitting, reviewing and the approved-revision history. */
export function createWorkflowMethods(_context: ServiceContext): WorkflowMethods {
  return {
    submitForReview: notYet,
    approveEntry: notYet,
    requestChanges: notYet,
    addComment: notYet,
    resolveComment: notYet,
    getReviewQueue: notYet,
    getHistory: notYet,
    getRevision: notYet,
    restoreRevision: notYet,
  }
}
