import { DataFile } from 'lowdb/node'

import { stringifyCanonical } from './canonicalJson'

/**
 * Explains why a content file's text is not JSON, separating an empty file and a truncated one
 * from other syntax errors, because each needs a different fix.
 */
export function describeJsonSyntaxError(text: string, error: unknown): string {
  if (text.trim() === '') return 'file is empty'

  const message = error instanceof Error ? error.message : String(error)
  if (/end of (JSON )?input|Unterminated/i.test(message)) {
    return `file is truncated (${message}); restore it from version control or a backup`
  }

  return `file is not valid JSON (${message})`
}

/** Thrown by `parseJsonText` with a reason fit for a file problem report. */
export class JsonSyntaxError extends Error {
  constructor(reason: string) {
    super(reason)
    this.name = 'JsonSyntaxError'
  }
}

export function parseJsonText(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch (error) {
    throw new JsonSyntaxError(describeJsonSyntaxError(text, error))
  }
}

/**
 * lowdb's JSON file adapter with the content folder's byte format. Writes go through steno: the
 * bytes land in a temporary file beside the target, which is then renamed over it.
 */
export function openJsonDataFile(filePath: string): DataFile<unknown> {
  return new DataFile<unknown>(filePath, {
    parse: parseJsonText,
    stringify: stringifyCanonical,
  })
}
