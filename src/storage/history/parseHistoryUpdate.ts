import {
  commentRecordSchema,
  type HistoryFile,
  historyFileSchema,
  reviewEventSchema,
  revisionSnapshotSchema,
} from '../../shared/workflow/historySchema'

const LIST_SCHEMAS = {
  revisions: revisionSnapshotSchema,
  events: reviewEventSchema,
  comments: commentRecordSchema,
} as const

const LISTS = Object.keys(LIST_SCHEMAS) as Array<keyof typeof LIST_SCHEMAS>

/**
 * Parses a changed history with the history schema, checking only the list items that are not
 * the very objects of `current`. `current` must be the history `HistoryStore.read` returned, so
 * its items are known to be valid. Appending one event then costs the parse of that event alone,
 * not of every approved snapshot. Any failure falls back to a whole parse, so errors carry their
 * full path.
 *
 * NOTE: this checks item by item, which is the whole schema only while `historyFileSchema` has
 * no check across fields or items. Add one, and this must parse the whole history.
 */
export function parseHistoryUpdate(next: HistoryFile, current: HistoryFile): HistoryFile {
  const code = historyFileSchema.shape.code.safeParse(next.code)
  const known = Object.keys(next).every((field) => Object.hasOwn(historyFileSchema.shape, field))
  if (!code.success || !known) return historyFileSchema.parse(next)

  const parsed: Record<string, unknown> = { code: code.data }
  for (const list of LISTS) {
    const items: unknown = next[list]
    if (!Array.isArray(items)) return historyFileSchema.parse(next)

    const trusted = new Set<unknown>(current[list])
    const checked: unknown[] = []
    for (const item of items as unknown[]) {
      if (trusted.has(item)) {
        checked.push(item)
        continue
      }

      const result = LIST_SCHEMAS[list].safeParse(item)
      if (!result.success) return historyFileSchema.parse(next)
      checked.push(result.data)
    }
    parsed[list] = checked
  }

  return parsed as HistoryFile
}
