import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

import { entrySchema } from '../../src/shared/model/entry'
import { taxonomySchema } from '../../src/shared/model/taxonomy'
import { historyFileSchema } from '../../src/shared/workflow/historySchema'
import { stringifyCanonical } from '../../src/storage/files/canonicalJson'
import { mapWithConcurrency } from '../../src/storage/files/mapWithConcurrency'
import {
  type EntrySize,
  generateEntry,
  generateHistory,
  type GeneratorState,
} from './generateEntry'
import { pickCodes } from './pickCodes'
import { SeededRandom } from './SeededRandom'
import { WRITERS } from './vocabulary'

/** The bundled sample workspace, whose taxonomy, settings and dictionary every generated folder uses. */
export const SAMPLE_CONTENT_DIR = join(import.meta.dirname, '..', '..', 'content')

const WRITE_CONCURRENCY = 16

export interface GenerateOptions {
  entries: number
  seed: number
  size?: EntrySize
}

export interface GeneratedFolder {
  folder: string
  codes: string[]
  /** Total size of the entry files in bytes. */
  entryBytes: number
  /** Total size of the history files in bytes. */
  historyBytes: number
}

/**
 * Writes a content folder of `entries` generated pages into `folder` (created if missing), with
 * the sample workspace's taxonomy, workspace.json and dictionary, and a history file with the
 * approved text of every entry that has an approved revision. The same seed gives the same bytes.
 * Files are written as the app writes them.
 */
export async function generateContentFolder(
  folder: string,
  options: GenerateOptions,
): Promise<GeneratedFolder> {
  const taxonomy = taxonomySchema.parse(
    JSON.parse(await readFile(join(SAMPLE_CONTENT_DIR, 'taxonomy.json'), 'utf8')),
  )
  const random = new SeededRandom(options.seed)
  const picked = pickCodes(taxonomy, options.entries, random)
  const state: GeneratorState = { random, taxonomy, usedSynonyms: new Set() }
  const size = options.size ?? 'realistic'

  await mkdir(join(folder, 'entries'), { recursive: true })
  await mkdir(join(folder, 'history'), { recursive: true })
  for (const name of ['taxonomy.json', 'workspace.json', 'dictionary.txt'])
    await copyFile(join(SAMPLE_CONTENT_DIR, name), join(folder, name))

  // Each entry is generated in the synchronous part of its worker call, and calls start in index
  // order, so the random stream is consumed in the same order on every run.
  const sizes = await mapWithConcurrency(picked, WRITE_CONCURRENCY, async (code) => {
    const entry = generateEntry(state, code, size)
    const reviewers = WRITERS.filter((writer) => writer !== entry.meta.updatedBy)
    const history = generateHistory(entry, random.pick(reviewers))
    // Parsed first, as the app does before a write, so keys come out in the schemas' order.
    const text = stringifyCanonical(entrySchema.parse(entry))
    const historyText = history === null ? '' : stringifyCanonical(historyFileSchema.parse(history))

    await writeFile(join(folder, 'entries', `${code.code}.json`), text)
    if (history !== null) await writeFile(join(folder, 'history', `${code.code}.json`), historyText)
    return { entry: Buffer.byteLength(text), history: Buffer.byteLength(historyText) }
  })

  return {
    folder,
    codes: picked.map((code) => code.code),
    entryBytes: sizes.reduce((sum, bytes) => sum + bytes.entry, 0),
    historyBytes: sizes.reduce((sum, bytes) => sum + bytes.history, 0),
  }
}
