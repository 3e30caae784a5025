import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'

import { z } from 'zod'

import type { CodeReview } from '../../shared/export/bundleFormat'
import { type Entry, entrySchema } from '../../shared/model/entry'
import { parseJsonText } from '../files/JsonDataFile'

export const HISTORY_DIR = 'history'

/** The text export publishes for one code, and who approved it. */
export interface ApprovedRevision {
  entry: Entry
  review: CodeReview
}

export type ApprovedRevisionResult =
  { ok: true; approved: ApprovedRevision } | { ok: false; reason: string }

// Only the fields export reads; the review workflow owns the rest of the history file.
const historySnapshotsSchema = z.looseObject({
  revisions: z.array(
    z.looseObject({
      revision: z.number().int(),
      reviewer: z.string(),
      approvedAt: z.string(),
      entry: z.unknown(),
    }),
  ),
})

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

async function readHistorySnapshot(
  folder: string,
  code: string,
  revision: number,
): Promise<ApprovedRevisionResult | null> {
  const path = join(folder, HISTORY_DIR, `${code}.json`)
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }

  const history = historySnapshotsSchema.safeParse(parseJsonText(text))
  if (!history.success) {
    return { ok: false, reason: `${path} does not match the history format` }
  }

  const snapshot = history.data.revisions.find((candidate) => candidate.revision === revision)
  if (snapshot === undefined) return null

  const entry = entrySchema.safeParse(snapshot.entry)
  if (!entry.success) {
    return { ok: false, reason: `${path}: revision ${revision} is not a valid entry` }
  }

  return {
    ok: true,
    approved: {
      entry: entry.data,
      review: { revision, reviewedAt: snapshot.approvedAt, reviewer: snapshot.reviewer },
    },
  }
}

/**
 * Finds the approved revision of an entry: the snapshot of `workflow.approvedRevision` in
 * `history/<CODE>.json`, else the entry itself when it is approved or published and has not been
 * edited since (`approvedRevision === revision`). Review date and reviewer are null in that case.
 * Returns null for an entry that was never approved. `historyCodes` comes from `listHistoryCodes`.
 */
export async function resolveApprovedRevision(
  folder: string,
  entry: Entry,
  historyCodes: ReadonlySet<string>,
): Promise<ApprovedRevisionResult | null> {
  const approvedRevision = entry.workflow.approvedRevision
  if (approvedRevision === null) return null

  // TODO: read snapshots through the review workflow's history store once it is in src/storage,
  // so that this module stops knowing the history file's layout.
  const fromHistory = historyCodes.has(entry.code)
    ? await readHistorySnapshot(folder, entry.code, approvedRevision)
    : null
  if (fromHistory !== null) return fromHistory

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
