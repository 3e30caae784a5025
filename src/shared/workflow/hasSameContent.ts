import { compareCodePoints } from '../export/compareCodePoints'
import type { Entry } from '../model/entry'

export type EntryContent = Omit<Entry, 'workflow' | 'meta'>

/** Returns the entry without `workflow` and `meta`: the content writers edit and export shows. */
export function entryContent(entry: Entry): EntryContent {
  const { workflow: _workflow, meta: _meta, ...content } = entry
  return content
}

// Serializes with sorted object keys, so two equal values give equal strings whatever key order
// the editor, a file or a zod parse produced.
function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`
  if (value !== null && typeof value === 'object') {
    const fields = Object.entries(value as Record<string, unknown>)
      .filter(([, field]) => field !== undefined)
      .sort(([a], [b]) => compareCodePoints(a, b))
      .map(([key, field]) => `${JSON.stringify(key)}:${stableStringify(field)}`)
    return `{${fields.join(',')}}`
  }

  return JSON.stringify(value)
}

/** Returns whether two entries have the same content, ignoring `workflow` and `meta`. */
export function hasSameContent(a: Entry, b: Entry): boolean {
  return stableStringify(entryContent(a)) === stableStringify(entryContent(b))
}
