import { z } from 'zod'

import type { CommentRecord, ReviewEvent, RevisionSnapshot } from '../api/types'
import { entrySchema } from '../model/entry'

const isoTime = z.iso.datetime()

export const REVIEW_ACTIONS = [
  'submitted',
  'approved',
  'changes-requested',
  'restored',
  'published',
] as const satisfies ReadonlyArray<ReviewEvent['action']>

export const reviewEventSchema = z.strictObject({
  action: z.enum(REVIEW_ACTIONS),
  actor: z.string().min(1),
  at: isoTime,
  revision: z.number().int().min(1),
  comment: z.string().nullable(),
  selfApproved: z.boolean().optional(),
}) satisfies z.ZodType<ReviewEvent>

export const commentRecordSchema = z.strictObject({
  id: z.string().min(1).max(64),
  field: z.string().nullable(),
  text: z.string().min(1),
  author: z.string().min(1),
  createdAt: isoTime,
  revision: z.number().int().min(1),
  resolvedAt: isoTime.nullable(),
  resolvedBy: z.string().nullable(),
  faqId: z.string().optional(),
}) satisfies z.ZodType<CommentRecord>

export const revisionSnapshotSchema = z.strictObject({
  revision: z.number().int().min(1),
  author: z.string().min(1),
  reviewer: z.string().min(1),
  approvedAt: isoTime,
  comment: z.string().nullable(),
  selfApproved: z.boolean().optional(),
  entry: entrySchema,
}) satisfies z.ZodType<RevisionSnapshot>

/**
 * One entry's review record, stored as `history/<CODE>.json` beside `entries/<CODE>.json`:
 * every approved revision with its full text, the review events in the order they happened and
 * the comments. Keys are listed in the order the file is written.
 */
export const historyFileSchema = z.strictObject({
  code: z.string().regex(/^[A-Z0-9]{5}$/, 'Expected an uppercase code of five letters or digits'),
  revisions: z.array(revisionSnapshotSchema),
  events: z.array(reviewEventSchema),
  comments: z.array(commentRecordSchema),
})

export type HistoryFile = z.infer<typeof historyFileSchema>

/**
 * The code and events of a history file, without the approved snapshots. Parsing only these is
 * much faster, for readers such as the review queue that need no entry text.
 */
export const historyEventsSchema = z.object({
  code: historyFileSchema.shape.code,
  events: z.array(reviewEventSchema),
})

export type HistoryEvents = z.infer<typeof historyEventsSchema>

/** Returns the history of an entry nobody has submitted yet. */
export function emptyHistory(code: string): HistoryFile {
  return { code, revisions: [], events: [], comments: [] }
}
