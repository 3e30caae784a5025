import { rm } from 'node:fs/promises'
import { join } from 'node:path'

import { ContentFolder } from '../../src/storage/folder/ContentFolder'
import { CACHE_DIR } from '../../src/storage/folder/summaryCache'
import { ProfileStore } from '../../src/storage/profile/ProfileStore'
import { createContentService } from '../../src/storage/service/createContentService'
import { unwrap } from './openService'
import type { Step } from './StepTypes'

/**
 * Measures folder open to list ready: ContentFolder.open, createContentService and listEntries, once per
 * process, because the app opens a folder once when it starts. The background validation the
 * service starts is still running when the step returns; the worker exits without waiting for it.
 */
export const measureOpen: Step = async ({ folder, scratchDir }) => {
  const profiles = new ProfileStore(join(scratchDir, 'profile.json'))

  const start = performance.now()
  const opened = await ContentFolder.open(folder, { app: 'codedesk bench' })
  const service = createContentService(opened, { profiles })
  const list = unwrap('listEntries', await service.listEntries({}))
  const elapsed = performance.now() - start

  await opened.close()

  return {
    status: 'ok',
    samples: [elapsed],
    details: { entries: list.length, fileProblems: opened.fileProblems().length },
  }
}

/**
 * Measures folder open to problem counts ready: as `measureOpen`, then until the background validation of
 * every entry that createContentService starts has finished.
 */
export const measureOpenValidated: Step = async ({ folder, scratchDir }) => {
  const profiles = new ProfileStore(join(scratchDir, 'profile.json'))

  const start = performance.now()
  const opened = await ContentFolder.open(folder, { app: 'codedesk bench' })
  const service = createContentService(opened, { profiles })
  unwrap('listEntries', await service.listEntries({}))
  const listReadyMs = performance.now() - start
  await service.context.validator.whenIdle()
  const elapsed = performance.now() - start

  await opened.close()

  return { status: 'ok', samples: [elapsed], details: { listReadyMs: Math.round(listReadyMs) } }
}

/**
 * Measures folder open to list ready without the summary cache, as on the first open of a folder or after a
 * change to the entry schema: every entry file is read. The open writes the cache again.
 */
export const measureOpenUncached: Step = async (input) => {
  await rm(join(input.folder, CACHE_DIR), { recursive: true, force: true })

  return measureOpen(input)
}
