import { createHash } from 'node:crypto'
import { mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'

import { DataFile } from 'lowdb/node'
import { z } from 'zod'

import type { EntrySummary } from '../../shared/api/types'
import { CODE_SYSTEMS } from '../../shared/codes/codeSystem'
import { ENTRY_STATUSES, entrySchema } from '../../shared/model/entry'

/** The folder, inside the content folder, for data the app can rebuild from the entry files. */
export const CACHE_DIR = '.codedesk-cache'
export const SUMMARY_CACHE_FILE = 'summaries.json'

// Bump when restoreEntry or summarizeEntry change what a file loads as; schema changes are
// caught by the fingerprint on their own.
const SUMMARY_CACHE_FORMAT = 1

/**
 * The identity of one version of a file. Saves rename a new file over the old one, which gives it
 * a new inode; other edits change its size or modification time.
 */
export interface FileStamp {
  size: number
  mtimeMs: number
  ino: number
}

export interface CachedSummary {
  stamp: FileStamp
  summary: EntrySummary
}

const stampSchema = z.strictObject({
  size: z.number(),
  mtimeMs: z.number(),
  ino: z.number(),
})

const summarySchema = z.strictObject({
  code: z.string(),
  codeSystem: z.enum(CODE_SYSTEMS),
  title: z.string(),
  category: z.string(),
  synonyms: z.array(z.string()),
  specialties: z.array(z.string()),
  status: z.enum(ENTRY_STATUSES),
  revision: z.number(),
  updatedAt: z.string(),
  updatedBy: z.string(),
  rvuRelease: z.string().nullable(),
  errorCount: z.number(),
  warningCount: z.number(),
})

const cacheFileSchema = z.strictObject({
  fingerprint: z.string(),
  files: z.record(z.string(), z.strictObject({ stamp: stampSchema, summary: summarySchema })),
})

let fingerprint: string | null = null

/**
 * Identifies the code that produced a cache: the format number and the entry schema as JSON
 * Schema. A cache written by another version of the schema is ignored.
 */
function cacheFingerprint(): string {
  if (fingerprint === null) {
    const schema = JSON.stringify(z.toJSONSchema(entrySchema, { unrepresentable: 'any' }))
    fingerprint = createHash('sha256').update(`${SUMMARY_CACHE_FORMAT}\n${schema}`).digest('hex')
  }

  return fingerprint
}

export function sameStamp(a: FileStamp, b: FileStamp): boolean {
  return a.size === b.size && a.mtimeMs === b.mtimeMs && a.ino === b.ino
}

/**
 * Reads the summaries cached by the last open, keyed by entry file name. A missing, corrupt or
 * outdated cache gives an empty map: the cache only saves reading files, it is never the source.
 */
export async function loadSummaryCache(folder: string): Promise<Map<string, CachedSummary>> {
  let text: string
  try {
    text = await readFile(join(folder, CACHE_DIR, SUMMARY_CACHE_FILE), 'utf8')
  } catch {
    return new Map()
  }

  try {
    const parsed = cacheFileSchema.safeParse(JSON.parse(text))
    if (!parsed.success || parsed.data.fingerprint !== cacheFingerprint()) return new Map()

    return new Map(Object.entries(parsed.data.files))
  } catch {
    return new Map()
  }
}

/**
 * Writes the summaries of the files as they were read, for the next open to reuse. The JSON is
 * compact, unlike content files, because it is never reviewed and it parses faster. lowdb writes it
 * through a temporary file and a rename, so a crash never leaves half a cache.
 */
export async function saveSummaryCache(
  folder: string,
  files: ReadonlyMap<string, CachedSummary>,
): Promise<void> {
  await mkdir(join(folder, CACHE_DIR), { recursive: true })

  const file = new DataFile<unknown>(join(folder, CACHE_DIR, SUMMARY_CACHE_FILE), {
    parse: JSON.parse,
    stringify: (data) => JSON.stringify(data),
  })
  await file.write({ fingerprint: cacheFingerprint(), files: Object.fromEntries(files) })
}
