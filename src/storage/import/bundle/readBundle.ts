import { readFile } from 'node:fs/promises'
import { join } from 'node:path'

import { CodeDeskError } from '../../../shared/errors'
import {
  BUNDLE_FORMAT,
  BUNDLE_FORMAT_VERSION,
  type BundleIndex,
  type BundleManifest,
  type CodeDocument,
  INDEX_FILE,
  MANIFEST_FILE,
} from '../../../shared/export/bundleFormat'

async function readJson(directory: string, file: string): Promise<unknown> {
  const path = join(directory, file)
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new CodeDeskError(
      code === 'ENOENT' ? 'not-found' : 'io',
      `Bundle file ${path} ${code === 'ENOENT' ? 'is missing' : `could not be read (${code})`}. Give the folder of a JSON export.`,
    )
  }

  try {
    return JSON.parse(text) as unknown
  } catch (error) {
    throw new CodeDeskError(
      'invalid-file',
      `Bundle file ${path} is not valid JSON (${(error as Error).message}).`,
    )
  }
}

export interface ReadBundle {
  manifest: BundleManifest
  index: BundleIndex
  /** Every code file the index lists, with its bundle-relative path. */
  documents: Array<{ file: string; document: CodeDocument }>
}

/**
 * Reads a JSON bundle: the manifest (format and version checked), the index, and the code file of
 * every indexed code.
 */
export async function readBundle(directory: string): Promise<ReadBundle> {
  const manifest = (await readJson(directory, MANIFEST_FILE)) as BundleManifest
  if (manifest.format !== BUNDLE_FORMAT || manifest.formatVersion !== BUNDLE_FORMAT_VERSION) {
    throw new CodeDeskError(
      'invalid-file',
      `${join(directory, MANIFEST_FILE)} is not a ${BUNDLE_FORMAT} manifest of format version ${BUNDLE_FORMAT_VERSION}.`,
    )
  }
  if (manifest.target !== 'json') {
    throw new CodeDeskError(
      'invalid-argument',
      `Bundle ${directory} was exported as ${manifest.target}; only JSON bundles can be imported. Export again with the json target.`,
    )
  }

  const index = (await readJson(directory, INDEX_FILE)) as BundleIndex
  const documents: ReadBundle['documents'] = []
  for (const row of index.codes) {
    documents.push({
      file: row.file,
      document: (await readJson(directory, row.file)) as CodeDocument,
    })
  }

  return { manifest, index, documents }
}
