import { readFileSync } from 'node:fs'
import { lstat, readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'

import type { EntrySummary, FileProblem } from '../../shared/api/types'
import type { Entry } from '../../shared/model/entry'
import { summarizeEntry } from '../../shared/model/summarizeEntry'
import { parseJsonText } from '../files/JsonDataFile'
import { mapWithConcurrency } from '../files/mapWithConcurrency'
import { readFileBytes } from '../files/readTextFile'
import { restoreEntry } from './restoreEntry'
import { type CachedSummary, type FileStamp, sameStamp } from './summaryCache'

export const ENTRIES_DIR = 'entries'

/** Files read at once while opening a folder; far below macOS's default limit of 256. */
export const READ_CONCURRENCY = 32

export interface ScannedEntry {
  summary: EntrySummary
  fileName: string
  stamp: FileStamp
}

export interface ScanResult {
  entries: ScannedEntry[]
  problems: FileProblem[]
  /** Entries whose summary came from the cache because their file had not changed. */
  cacheHits: number
}

const READ_ERRNO_REASONS: Record<string, string> = {
  EISDIR: 'is a folder, not a file; rename or remove it',
  ENOENT: 'disappeared while the folder was being read; reopen the folder',
  EACCES: 'cannot be read: permission denied; make it readable',
  EPERM: 'cannot be read: operation not permitted; check its permissions',
}

/** Explains an errno from reading an entry file in words, with what to do. */
export function describeReadError(error: unknown): string {
  const errno = (error as NodeJS.ErrnoException).code ?? ''
  return READ_ERRNO_REASONS[errno] ?? `could not be read (${errno || String(error)})`
}

export type EntryFileRead = { ok: true; entry: Entry } | { ok: false; reason: string }

// Parses and restores the text of an entry file, or explains why it cannot be loaded.
function restoreEntryText(text: Buffer, expectedCode: string): EntryFileRead {
  let raw: unknown
  try {
    raw = parseJsonText(text)
  } catch (error) {
    return { ok: false, reason: (error as Error).message }
  }

  // One hostile file must not stop the folder from opening, whatever the schema throws on it.
  try {
    return restoreEntry(raw, expectedCode)
  } catch (error) {
    return { ok: false, reason: `could not be checked against the entry schema (${String(error)})` }
  }
}

/** Reads and restores one entry file, or explains why it cannot be loaded. */
export async function readEntryFile(path: string, expectedCode: string): Promise<EntryFileRead> {
  let text: Buffer
  try {
    text = await readFileBytes(path)
  } catch (error) {
    return { ok: false, reason: describeReadError(error) }
  }

  return restoreEntryText(text, expectedCode)
}

/**
 * `readEntryFile` with a blocking read, for worker threads. Nothing else waits for such a thread,
 * and a blocking read of a small file costs less than a callback read.
 */
export function readEntryFileSync(path: string, expectedCode: string): EntryFileRead {
  let text: Buffer
  try {
    text = readFileSync(path)
  } catch (error) {
    return { ok: false, reason: describeReadError(error) }
  }

  return restoreEntryText(text, expectedCode)
}

function codeFromFileName(fileName: string): string {
  return fileName.slice(0, -'.json'.length).trim().toUpperCase()
}

type ScanOutcome =
  { ok: true; entry: ScannedEntry; cached: boolean } | { ok: false; problem: FileProblem }

/**
 * Summarizes one entry file: from the cache when the file's stamp matches, else by reading it.
 * The whole entry is dropped once summarized, so a scan holds only summaries.
 */
async function scanFile(
  path: string,
  fileName: string,
  cached: CachedSummary | undefined,
): Promise<ScanOutcome> {
  let stamp: FileStamp
  try {
    const stats = await lstat(path)
    if (stats.isSymbolicLink()) {
      const reason =
        'is a symbolic link; entries/ holds only regular files, so replace the link with the file it points to'
      return { ok: false, problem: { path, reason } }
    }
    if (stats.isDirectory())
      return { ok: false, problem: { path, reason: describeReadError({ code: 'EISDIR' }) } }
    // A FIFO or device would block the read, and with it the whole folder, until written to.
    if (!stats.isFile()) {
      const reason = 'is not a regular file (a pipe, socket or device); remove it from entries/'
      return { ok: false, problem: { path, reason } }
    }
    stamp = { size: stats.size, mtimeMs: stats.mtimeMs, ino: stats.ino }
  } catch (error) {
    return { ok: false, problem: { path, reason: describeReadError(error) } }
  }

  if (cached !== undefined && sameStamp(cached.stamp, stamp))
    return { ok: true, entry: { summary: cached.summary, fileName, stamp }, cached: true }

  // The stamp is taken before reading, so a file changed in between is read again next time.
  const result = await readEntryFile(path, codeFromFileName(fileName))
  if (!result.ok) return { ok: false, problem: { path, reason: result.reason } }

  return {
    ok: true,
    entry: { summary: summarizeEntry(result.entry), fileName, stamp },
    cached: false,
  }
}

/**
 * Reads every `entries/*.json` file. Bad files and files whose codes collide by case become
 * problems and are skipped; the rest load. Hidden files (steno's temporary files among them) are
 * ignored. A file whose size, modification time and inode match its `cache` record is not read.
 */
export async function scanEntries(
  folder: string,
  cache: ReadonlyMap<string, CachedSummary> = new Map(),
): Promise<ScanResult> {
  const dir = join(folder, ENTRIES_DIR)
  const names = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [] as string[]
    throw error
  })
  const fileNames = names.filter((name) => name.endsWith('.json') && !name.startsWith('.')).sort()

  const problems: FileProblem[] = []
  const byCode = new Map<string, string[]>()
  for (const fileName of fileNames) {
    const code = codeFromFileName(fileName)
    byCode.set(code, [...(byCode.get(code) ?? []), fileName])
  }

  const unique: string[] = []
  for (const [code, files] of byCode) {
    if (files.length === 1) {
      unique.push(files[0] as string)
      continue
    }

    for (const fileName of files) {
      problems.push({
        path: join(dir, fileName),
        reason: `code ${code} is also stored in ${files.filter((other) => other !== fileName).join(', ')}; codes are case-insensitive, so merge the files and keep one named ${code}.json`,
      })
    }
  }

  const outcomes = await mapWithConcurrency(unique, READ_CONCURRENCY, (fileName) =>
    scanFile(join(dir, fileName), fileName, cache.get(fileName)),
  )

  const entries: ScannedEntry[] = []
  let cacheHits = 0
  for (const outcome of outcomes) {
    if (!outcome.ok) {
      problems.push(outcome.problem)
      continue
    }
    entries.push(outcome.entry)
    if (outcome.cached) cacheHits++
  }

  return { entries, problems, cacheHits }
}

/** Returns the file's modification time in milliseconds, or null when it does not exist. */
export async function fileMtime(path: string): Promise<number | null> {
  try {
    return (await stat(path)).mtimeMs
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}
