import { readFile } from 'node:fs/promises'

import { openJsonDataFile } from '../storage/files/JsonDataFile'

/** The number of folders the File > Open Recent submenu lists. */
export const MAX_RECENT_FOLDERS = 10

/**
 * The recently opened content folders, newest first, kept in a JSON file in the app's user-data
 * folder. A missing or damaged file reads as an empty list.
 */
export class RecentFolders {
  readonly path: string

  constructor(path: string) {
    this.path = path
  }

  async list(): Promise<string[]> {
    try {
      const parsed = JSON.parse(await readFile(this.path, 'utf8')) as unknown
      if (!Array.isArray(parsed)) return []

      return parsed
        .filter((item): item is string => typeof item === 'string' && item !== '')
        .slice(0, MAX_RECENT_FOLDERS)
    } catch {
      return []
    }
  }

  /** Moves `folder` to the top of the list and returns the new list. */
  async add(folder: string): Promise<string[]> {
    const next = [folder, ...(await this.list()).filter((item) => item !== folder)].slice(
      0,
      MAX_RECENT_FOLDERS,
    )
    await openJsonDataFile(this.path).write(next)

    return next
  }

  async clear(): Promise<void> {
    await openJsonDataFile(this.path).write([])
  }
}
