import { readdir } from 'node:fs/promises'
import { join } from 'node:path'

import type { CodeReview } from '../../shared/export/bundleFormat'
import type { Entry } from '../../shared/model/entry'
import type { HistoryFile } from '../../shared/workflow/historySchema'
import { HISTORY_DIR } from '../history/HistoryStore'

/** The text export publishes for one code, and who approved it. */
export interface ApprovedRevision {
  entry: Entry
  review: CodeReview
}

export type ApprovedRevisionResult =
  { ok: true; approved: ApprovedRevision } | { ok: false; reason: string }

/**
 * Lists the codes that have a history file, so that export opens only files that exist: one
 * failed open per entry costs seconds on a 20,000-entry folder.
 */
export async function listHistoryCodes(folder: string): Promise<Set<string>> {
  try {
    const names = await readdir(join(folder, HISTORY_DIR))
    return new Set(
      names.filter((name) => name.endsWith('.json')).map((name) => name.slice(0, -5).toUpperCase()),
    )
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Set()
    throw error
  }
}

/**
 * Finds the approved revision of an entry: the snapshot of `workflow.approvedRevision` in
 * `history/<CODE>.json`, else the entry itself when it is approved or published and has not been
 * edited since (`approvedRevision === revision`). Review date and reviewer are null in that case.
 * Returns null for an entry that was never approved. `readHistory` returns the entry's history, or
 * null when it has no file, and raises `invalid-file` for one that cannot be loaded.
 */
export function resolveApprovedRevision(
  entry: Entry,
  readHistory: (code: string) => HistoryFile | null,
): ApprovedRevisionResult | null {
  const approvedRevision = entry.workflow.approvedRevision
  if (approvedRevision === null) return null

  const history = readHistory(entry.code)
  if (history !== null) {
    const snapshot = history.revisions.find((candidate) => candidate.revision === approvedRevision)
    if (snapshot !== undefined) {
      return {
        ok: true,
        approved: {
          entry: snapshot.entry,
          review: {
            revision: approvedRevision,
            reviewedAt: snapshot.approvedAt,
            reviewer: snapshot.reviewer,
          },
        },
      }
    }
  }

  const unchangedSinceApproval =
    (entry.workflow.status === 'approved' || entry.workflow.status === 'published') &&
    approvedRevision === entry.workflow.revision
  if (unchangedSinceApproval) {
    return {
      ok: true,
      approved: { entry, review: { revision: approvedRevision, reviewedAt: null, reviewer: null } },
    }
  }

  return {
    ok: false,
    reason: `approved revision ${approvedRevision} has no snapshot in ${HISTORY_DIR}/${entry.code}.json and the entry was edited since (revision ${entry.workflow.revision})`,
  }
}
