import { readFile } from 'node:fs/promises'

import type { z } from 'zod'

import { normalizeCode } from '../../shared/codes/codeSystem'
import type { HistoryFile } from '../../shared/workflow/historySchema'
import { parseJsonText } from '../files/JsonDataFile'
import { readFileWithStampSync, type StampedBytes } from '../files/readFileWithStampSync'
import { type FileStamp, sameStamp } from '../folder/summaryCache'

export type HistoryReadResult<T = HistoryFile> =
  { ok: true; history: T | null } | { ok: false; reason: string }

/**
 * Reads and checks one history file. A missing file gives `history: null`. A file that cannot be
 * read or parsed, does not match the schema, or names another code gives a reason fit for a file
 * problem report. `schema` is `historyFileSchema`, or one that checks only part of the file.
 */
export async function readHistoryFile<T extends { code: string }>(
  path: string,
  expectedCode: string,
  schema: z.ZodType<T>,
): Promise<HistoryReadResult<T>> {
  let text: Buffer
  try {
    text = await readFile(path)
  } catch (error) {
    return readErrorResult(error)
  }

  return checkHistoryText(text, expectedCode, schema)
}

/** Reads and checks one history file like `readHistoryFile`, with a blocking read. */
export function readHistoryFileSync<T extends { code: string }>(
  path: string,
  expectedCode: string,
  schema: z.ZodType<T>,
): HistoryReadResult<T> {
  return readHistoryFileStampedSync(path, expectedCode, schema, null).result
}

/**
 * Reads and checks a history file like `readHistoryFileSync`, and returns the stamp of the file it
 * read (null for a missing one). A file whose stamp is still `known`, the stamp of a read that
 * passed the check before, is only parsed: export checks each history file when it builds the code
 * and reads it again to mark the entry published.
 */
export function readHistoryFileStampedSync<T extends { code: string }>(
  path: string,
  expectedCode: string,
  schema: z.ZodType<T>,
  known: FileStamp | null,
): { result: HistoryReadResult<T>; stamp: FileStamp | null } {
  let read: StampedBytes
  try {
    read = readFileWithStampSync(path)
  } catch (error) {
    return { result: readErrorResult(error), stamp: null }
  }

  const { bytes, stamp } = read
  if (known !== null && sameStamp(known, stamp)) {
    try {
      return { result: { ok: true, history: parseJsonText(bytes) as T }, stamp }
    } catch {
      // A file that passed the check parses. Checking it again reports why this one does not.
    }
  }

  return { result: checkHistoryText(bytes, expectedCode, schema), stamp }
}

function readErrorResult(error: unknown): HistoryReadResult<never> {
  const errno = (error as NodeJS.ErrnoException).code
  if (errno === 'ENOENT') return { ok: true, history: null }

  return { ok: false, reason: `could not be read (${errno ?? String(error)})` }
}

/** Parses a history file's text and checks it against `schema` and the code its name gives. */
function checkHistoryText<T extends { code: string }>(
  text: Buffer,
  expectedCode: string,
  schema: z.ZodType<T>,
): HistoryReadResult<T> {
  let raw: unknown
  try {
    raw = parseJsonText(text)
  } catch (error) {
    return { ok: false, reason: (error as Error).message }
  }

  const parsed = schema.safeParse(raw)
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((issue) => {
      const where = issue.path.length === 0 ? '(root)' : issue.path.map(String).join('.')
      return `${where}: ${issue.message}`
    })
    const more = parsed.error.issues.length - issues.length
    const suffix = more > 0 ? `; and ${more} more` : ''

    return {
      ok: false,
      reason: `does not match the history schema (${issues.join('; ')}${suffix})`,
    }
  }
  if (normalizeCode(parsed.data.code) !== expectedCode) {
    return {
      ok: false,
      reason: `contains the history of ${parsed.data.code} but its file name says ${expectedCode}; rename the file or fix the code`,
    }
  }

  return { ok: true, history: parsed.data }
}
