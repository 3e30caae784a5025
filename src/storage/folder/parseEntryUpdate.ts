import { type Entry, entrySchema } from '../../shared/model/entry'

const FIELDS = Object.keys(entrySchema.shape) as Array<keyof Entry>

/**
 * Parses `entry` with the entry schema, checking only the fields that are not the very objects of
 * `current`. `current` must be an entry this folder parsed (from `read`) and that was not modified
 * since, so its fields are known to be valid. Writing `{ ...current, rvu }` then costs the parse
 * of `rvu` alone. Any failure, and any entry that shares no field with `current`, falls back to a
 * whole parse, so errors carry their full field path.
 *
 * NOTE: this checks field by field, which is the whole schema only while `entrySchema` has no
 * check across fields (a refinement of the object). Add one, and this must parse the whole entry.
 */
export function parseEntryUpdate(entry: Entry, current: Entry | null): Entry {
  if (current === null) return entrySchema.parse(entry)

  const shape = entrySchema.shape
  const parsed: Record<string, unknown> = {}
  let shared = 0
  for (const field of FIELDS) {
    const value: unknown = entry[field]
    if (value === current[field]) {
      parsed[field] = value
      shared++
      continue
    }

    const result = shape[field].safeParse(value)
    if (!result.success) return entrySchema.parse(entry)
    parsed[field] = result.data
  }
  // The schema is strict, so an unknown field makes the whole parse raise.
  if (shared === 0 || Object.keys(entry).some((field) => !Object.hasOwn(shape, field))) {
    return entrySchema.parse(entry)
  }

  return parsed as Entry
}
