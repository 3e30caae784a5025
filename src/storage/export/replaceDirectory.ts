import { randomBytes } from 'node:crypto'
import { mkdir, readdir, readFile, rename, rm } from 'node:fs/promises'
import { basename, dirname, join, relative } from 'node:path'

import { CodeDeskError } from '../../shared/errors'
import { BUNDLE_FORMAT, MANIFEST_FILE } from '../../shared/export/bundleFormat'

/**
 * Creates an empty staging folder beside `destination`, on the same file system so that the final
 * rename is atomic. Its name starts with a dot so that file managers and site builders skip it.
 */
export async function createStagingDirectory(destination: string): Promise<string> {
  const parent = dirname(destination)
  await mkdir(parent, { recursive: true })

  const staging = join(
    parent,
    `.${basename(destination)}.codedesk-${randomBytes(6).toString('hex')}`,
  )
  await mkdir(staging)

  return staging
}

async function listDirectory(path: string): Promise<string[] | null> {
  try {
    return await readdir(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') return null
    if (code === 'ENOTDIR') {
      throw new CodeDeskError(
        'invalid-argument',
        `Export destination ${path} is a file. Choose a folder.`,
      )
    }
    throw error
  }
}

/** Returns the files a bundle's manifest lists, or null when the folder has no bundle manifest. */
async function readBundleFiles(path: string): Promise<Set<string> | null> {
  try {
    const manifest = JSON.parse(await readFile(join(path, MANIFEST_FILE), 'utf8')) as unknown
    if (typeof manifest !== 'object' || manifest === null) return null
    const { format, files } = manifest as { format?: unknown; files?: unknown }
    if (format !== BUNDLE_FORMAT || typeof files !== 'object' || files === null) return null

    return new Set([MANIFEST_FILE, ...Object.keys(files)])
  } catch {
    return null
  }
}

/** Lists the files under `root` that the bundle's manifest does not list, as relative paths. */
async function unlistedFiles(root: string, listed: ReadonlySet<string>): Promise<string[]> {
  const found = await readdir(root, { recursive: true, withFileTypes: true })

  return found
    .filter((entry) => !entry.isDirectory())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .filter((path) => !listed.has(path))
    .sort()
}

/**
 * Checks that a destination may be replaced by a bundle: it is missing, empty, or a bundle that
 * CodeDesk wrote (it has a manifest.json of this format) and nothing else. Raises
 * `invalid-argument` otherwise, so an export never deletes files it did not write.
 */
export async function assertReplaceableDestination(destination: string): Promise<void> {
  const names = await listDirectory(destination)
  if (names === null || names.length === 0) return

  const listed = await readBundleFiles(destination)
  if (listed !== null) {
    const others = await unlistedFiles(destination, listed)
    if (others.length === 0) return

    const listedNames =
      others.slice(0, 5).join(', ') + (others.length > 5 ? ` and ${others.length - 5} more` : '')
    throw new CodeDeskError(
      'invalid-argument',
      `Export destination ${destination} holds an earlier bundle and other files (${listedNames}), which replacing the bundle would delete. Move them out, or choose another folder.`,
    )
  }

  throw new CodeDeskError(
    'invalid-argument',
    `Export destination ${destination} contains other files and is not a CodeDesk bundle. Choose an empty or new folder, or the folder of an earlier export.`,
  )
}

/**
 * Moves a complete staging folder to `destination`. An existing destination is first renamed
 * aside and deleted only after the new folder is in place. If moving the new folder in fails, the
 * old folder is moved back.
 */
export async function replaceDirectory(staging: string, destination: string): Promise<void> {
  const existing = await listDirectory(destination)
  if (existing === null) {
    await rename(staging, destination)
    return
  }

  const aside = `${staging}-previous`
  await rename(destination, aside)
  try {
    await rename(staging, destination)
  } catch (error) {
    await rename(aside, destination)
    throw error
  }
  await rm(aside, { recursive: true, force: true })
}
