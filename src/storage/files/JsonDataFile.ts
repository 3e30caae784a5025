import { isUtf8 } from 'node:buffer'

import { DataFile, DataFileSync } from 'lowdb/node'

import { stringifyCanonical } from './canonicalJson'

/**
 * Explains why a content file's text is not JSON, separating an empty file and a truncated one
 * from other syntax errors, because each needs a different fix.
 */
export function describeJsonSyntaxError(text: string, error: unknown): string {
  if (text.trim() === '') return 'file is empty'

  const message = error instanceof Error ? error.message : String(error)
  // V8 reports a cut-off file either as "end of input" or as an error at the last position.
  const position = /at position (\d+)/.exec(message)?.[1]
  const atEnd = position !== undefined && Number(position) >= text.trimEnd().length
  if (atEnd || /end of (JSON )?input|Unterminated/i.test(message)) {
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

/**
 * Parses a content file's text, or its bytes, which must be UTF-8. Bytes in another encoding raise
 * instead of turning into replacement characters that a save would then write. A leading UTF-8
 * byte order mark, which Windows editors add, is skipped; the next save writes the file without it.
 */
export function parseJsonText(content: string | Buffer): unknown {
  if (typeof content !== 'string' && !isUtf8(content)) {
    throw new JsonSyntaxError(
      'file is not UTF-8 text (another encoding, or damaged bytes); save it as UTF-8 or restore it from version control',
    )
  }
  const text = typeof content === 'string' ? content : content.toString('utf8')
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text

  try {
    return JSON.parse(withoutBom) as unknown
  } catch (error) {
    throw new JsonSyntaxError(describeJsonSyntaxError(withoutBom, error))
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

/**
 * `openJsonDataFile` with lowdb's blocking adapter, which writes the same temporary file and
 * renames it the same way. For worker threads, which have nothing else to do while they write.
 */
export function openJsonDataFileSync(filePath: string): DataFileSync<unknown> {
  return new DataFileSync<unknown>(filePath, {
    parse: parseJsonText,
    stringify: stringifyCanonical,
  })
}
