import { readFile } from 'node:fs/promises'
import { join } from 'node:path'

import type { FileProblem } from '../../shared/api/types'
import { type Taxonomy, taxonomySchema } from '../../shared/model/taxonomy'
import { type Workspace, workspaceSchema } from '../../shared/model/workspace'
import { parseJsonText } from '../files/JsonDataFile'

export const TAXONOMY_FILE = 'taxonomy.json'
export const WORKSPACE_FILE = 'workspace.json'
export const DICTIONARY_FILE = 'dictionary.txt'

const EMPTY_TAXONOMY: Taxonomy = { categories: [], specialties: [], glossary: [] }

async function readOptionalBytes(path: string): Promise<Buffer | null> {
  try {
    return await readFile(path)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}

export interface LoadedSetting<T> {
  value: T
  problem: FileProblem | null
}

/**
 * Reads a JSON settings file through its schema. A missing file gives the fallback silently. A
 * corrupt or invalid one gives the fallback and a problem, and the file is left as it is.
 */
async function loadSetting<T>(
  folder: string,
  fileName: string,
  parse: (
    raw: unknown,
  ) => { success: true; data: T } | { success: false; error: { message: string } },
  fallback: T,
): Promise<LoadedSetting<T>> {
  const path = join(folder, fileName)
  const text = await readOptionalBytes(path)
  if (text === null) return { value: fallback, problem: null }

  try {
    const result = parse(parseJsonText(text))
    if (result.success) return { value: result.data, problem: null }

    return {
      value: fallback,
      problem: { path, reason: `does not match its schema: ${result.error.message}` },
    }
  } catch (error) {
    return { value: fallback, problem: { path, reason: (error as Error).message } }
  }
}

export function loadTaxonomy(folder: string): Promise<LoadedSetting<Taxonomy>> {
  return loadSetting(folder, TAXONOMY_FILE, (raw) => taxonomySchema.safeParse(raw), EMPTY_TAXONOMY)
}

export function loadWorkspace(folder: string): Promise<LoadedSetting<Workspace>> {
  return loadSetting(
    folder,
    WORKSPACE_FILE,
    (raw) => workspaceSchema.safeParse(raw),
    workspaceSchema.parse({}),
  )
}

/** Reads the team's spell-check word list: one word per line, `#` starts a comment. */
export async function loadDictionary(folder: string): Promise<string[]> {
  const text = await readOptionalBytes(join(folder, DICTIONARY_FILE))
  if (text === null) return []

  return text
    .toString('utf8')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
}
