import { readdir } from 'node:fs/promises'
import { join } from 'node:path'

import type { CodeReview } from '../../shared/export/bundleFormat'
import type { Entry } from '../../shared/model/entry'
import type { ContentFolder } from '../folder/ContentFolder'
import { HISTORY_DIR, historyOf } from '../history/HistoryStore'

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
 * Returns null for an entry that was never approved. `historyCodes` comes from `listHistoryCodes`.
 */
export function resolveApprovedRevision(
  folder: ContentFolder,
  entry: Entry,
  historyCodes: ReadonlySet<string>,
): ApprovedRevisionResult | null {
  const approvedRevision = entry.workflow.approvedRevision
  if (approvedRevision === null) return null

  if (historyCodes.has(entry.code)) {
    // Raises `invalid-file` for a history file that cannot be loaded.
    const history = historyOf(folder).readSync(entry.code)
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
