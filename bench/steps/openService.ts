import { join } from 'node:path'

import type { Result } from '../../src/shared/errors'
import { ContentFolder } from '../../src/storage/folder/ContentFolder'
import { ProfileStore } from '../../src/storage/profile/ProfileStore'
import { createContentService } from '../../src/storage/service/createContentService'

export interface OpenedService {
  folder: ContentFolder
  service: ReturnType<typeof createContentService>
}

/**
 * Opens the folder and builds the service the way the app does, then waits until the background
 * validation that the service starts has finished, so that steps measure the app at rest. The
 * profile lives in the scratch folder, so a run never reads or writes the user's own profile.
 */
export async function openService(folderPath: string, scratchDir: string): Promise<OpenedService> {
  const folder = await ContentFolder.open(folderPath, { app: 'codedesk bench' })
  const profiles = new ProfileStore(join(scratchDir, 'profile.json'))
  await profiles.set({ name: 'Bench Writer', role: 'both' })

  const service = createContentService(folder, { profiles })
  await service.context.validator.whenIdle()

  return { folder, service }
}

/** Returns a successful result's value, or raises with the method and its error message. */
export function unwrap<T>(method: string, result: Result<T>): T {
  if (!result.ok) throw new Error(`${method} failed: ${result.error.code}: ${result.error.message}`)

  return result.value
}
