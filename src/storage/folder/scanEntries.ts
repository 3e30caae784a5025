import { readdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'

import type { FileProblem } from '../../shared/api/types'
import type { Entry } from '../../shared/model/entry'
import { parseJsonText } from '../files/JsonDataFile'
import { mapWithConcurrency } from '../files/mapWithConcurrency'
import { restoreEntry } from './restoreEntry'

export const ENTRIES_DIR = 'entries'

/** Files read at once while opening a folder; far below macOS's default limit of 256. */
export const READ_CONCURRENCY = 32

export interface ScannedEntry {
  entry: Entry
  fileName: string
}

export interface ScanResult {
  entries: ScannedEntry[]
  problems: FileProblem[]
}

/** Reads and restores one entry file, or explains why it cannot be loaded. */
export async function readEntryFile(
  path: string,
  expectedCode: string,
): Promise<{ ok: true; entry: Entry } | { ok: false; reason: string }> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    return {
      ok: false,
      reason: `could not be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    }
  }

  let raw: unknown
  try {
    raw = parseJsonText(text)
  } catch (error) {
    return { ok: false, reason: (error as Error).message }
  }

  return restoreEntry(raw, expectedCode)
}

function codeFromFileName(fileName: string): string {
  return fileName.slice(0, -'.json'.length).trim().toUpperCase()
}

/**
 * Reads every `entries/*.json` file. Bad files and files whose codes collide by case become
 * problems and are skipped; the rest load. Hidden files (steno's temporary files among them) are
 * ignored.
 */
export async function scanEntries(folder: string): Promise<ScanResult> {
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

  const loaded = await mapWithConcurrency(unique, READ_CONCURRENCY, async (fileName) => {
    const path = join(dir, fileName)
    return { fileName, path, result: await readEntryFile(path, codeFromFileName(fileName)) }
  })

  const entries: ScannedEntry[] = []
  for (const { fileName, path, result } of loaded) {
    if (result.ok) entries.push({ entry: result.entry, fileName })
    else problems.push({ path, reason: result.reason })
  }

  return { entries, problems }
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
