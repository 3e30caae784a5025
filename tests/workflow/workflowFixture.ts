import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

import type { Profile } from '../../src/shared/api/types'
import type { Result } from '../../src/shared/errors'
import type { Entry } from '../../src/shared/model/entry'
import { ContentFolder } from '../../src/storage/folder/ContentFolder'
import { createLogger } from '../../src/storage/logger'
import { ProfileStore } from '../../src/storage/profile/ProfileStore'
import { createContentService } from '../../src/storage/service/createContentService'
import { makeTempFolder } from '../helpers/tempFolder'

const repoRoot = join(import.meta.dirname, '..', '..')

export const WRITER: Profile = { name: 'Ana Writer', role: 'writer' }
export const REVIEWER: Profile = { name: 'Rita Reviewer', role: 'reviewer' }

/**
 * Creates a content folder in a temporary directory with the bundled taxonomy and the given
 * entries, and a content service whose profile file is in the same temporary directory.
 */
export async function openWorkflowFolder(
  entries: Entry[],
  workspace: Record<string, unknown> = {},
) {
  const temp = await makeTempFolder('codedesk-review-')
  const contentDir = join(temp.path, 'content')
  await mkdir(contentDir)
  await copyFile(join(repoRoot, 'content', 'taxonomy.json'), join(contentDir, 'taxonomy.json'))
  await writeFile(join(contentDir, 'workspace.json'), JSON.stringify(workspace))

  const folder = await ContentFolder.open(contentDir, { app: 'workflow test' })
  for (const entry of entries) {
    // `now` keeps the factory's times, so a test can reason about them.
    await folder.write(entry, {
      actor: entry.meta.updatedBy,
      expectedUpdatedAt: null,
      now: new Date(entry.meta.updatedAt),
    })
  }
  const profiles = new ProfileStore(join(temp.path, 'profile.json'))
  const api = createContentService(folder, { profiles, log: createLogger('test') })

  return {
    contentDir,
    folder,
    api,
    /** Switches the local profile, as the person at the keyboard changes. */
    as: (profile: Profile) => profiles.set(profile),
    readEntryFile: async (code: string) =>
      JSON.parse(await readFile(join(contentDir, 'entries', `${code}.json`), 'utf8')) as Entry,
    readHistoryText: (code: string) =>
      readFile(join(contentDir, 'history', `${code}.json`), 'utf8'),
    close: async () => {
      await folder.close()
      await temp.remove()
    },
  }
}

/** Returns the value of a successful result and fails the test with the error otherwise. */
export function unwrap<T>(result: Result<T>): T {
  if (!result.ok)
    throw new Error(`expected success, got ${result.error.code}: ${result.error.message}`)
  return result.value
}

/** Returns the error of a failed result and fails the test on success. */
export function errorOf<T>(result: Result<T>) {
  if (result.ok) throw new Error('expected a failure, got success')
  return result.error
}
