import { readFileSync } from 'node:fs'
import { copyFile, readdir, readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'

import { Ajv2020 } from 'ajv/dist/2020'

import type { Entry } from '../../src/shared/model/entry'
import { ContentFolder } from '../../src/storage/folder/ContentFolder'
import { makeEntry } from '../helpers/entryFactory'
import { makeTempFolder } from '../helpers/tempFolder'

const repoRoot = join(import.meta.dirname, '..', '..')

/** Builds an entry that export publishes: approved, with its approved revision current. */
export function approvedEntry(code: string, overrides: Partial<Entry> = {}): Entry {
  return makeEntry(code, {
    workflow: { status: 'approved', revision: 2, approvedRevision: 2, publishedVersion: null },
    ...overrides,
  })
}

/**
 * Creates a content folder with the sample folder's taxonomy and workspace settings, opens it and
 * writes the given entries. The sample entries are not copied, so tests see only their own.
 */
export async function openFolderWith(entries: readonly Entry[]) {
  const temp = await makeTempFolder('codedesk-content-')
  for (const name of ['taxonomy.json', 'workspace.json']) {
    await copyFile(join(repoRoot, 'content', name), join(temp.path, name))
  }
  const folder = await ContentFolder.open(temp.path, { app: 'test' })
  for (const entry of entries) {
    await folder.write(entry, { actor: 'Test Writer', expectedUpdatedAt: null })
  }

  return {
    folder,
    path: temp.path,
    cleanUp: async () => {
      await folder.close()
      await temp.remove()
    },
  }
}

/** Reads every file under a folder: bundle-relative path (forward slashes) → text. */
export async function readTree(root: string): Promise<Map<string, string>> {
  const files = new Map<string, string>()
  const entries = await readdir(root, { recursive: true, withFileTypes: true })
  for (const entry of entries) {
    if (!entry.isFile()) continue
    const path = join(entry.parentPath, entry.name)
    files.set(relative(root, path).split('\\').join('/'), await readFile(path, 'utf8'))
  }

  return new Map([...files.entries()].sort(([a], [b]) => (a < b ? -1 : 1)))
}

/** Compiles one definition of docs/content-bundle.schema.json with ajv. */
export function bundleSchemaValidator(definition: string) {
  const schema = JSON.parse(
    readFileSync(join(repoRoot, 'docs', 'content-bundle.schema.json'), 'utf8'),
  ) as { $id: string }
  const ajv = new Ajv2020({ allErrors: true, strict: true })
  ajv.addSchema(schema)
  const validate = ajv.getSchema(`${schema.$id}#/$defs/${definition}`)
  if (validate === undefined) throw new Error(`No definition ${definition} in the bundle schema`)

  return validate
}
