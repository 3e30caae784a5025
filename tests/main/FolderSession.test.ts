import { access } from 'node:fs/promises'
import { join } from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { FolderSession } from '../../src/main/FolderSession'
import { ContentFolder } from '../../src/storage/folder/ContentFolder'
import { ProfileStore } from '../../src/storage/profile/ProfileStore'
import { copyContentFolder } from '../helpers/tempFolder'
import { recordingLogger } from './recordingLogger'

type Temp = { path: string; remove: () => Promise<void> }

let first: Temp
let second: Temp
let session: FolderSession

beforeEach(async () => {
  first = await copyContentFolder()
  second = await copyContentFolder()
  session = new FolderSession(
    new ProfileStore(join(first.path, 'profile.json')),
    recordingLogger(),
    { validation: null, export: null },
  )
})

afterEach(async () => {
  await session.close()
  await first.remove()
  await second.remove()
})

describe('FolderSession', () => {
  it('fails API calls before a folder is open', async () => {
    const result = await session.api.listEntries({})

    expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } })
  })

  it('serves the API of the open folder', async () => {
    const info = await session.open(first.path)
    const result = await session.api.getFolderInfo({})

    expect(info.readOnlyReason).toBeNull()
    expect(result).toMatchObject({ ok: true, value: { folder: first.path } })
  })

  it('releases the old lock when switching folders', async () => {
    await session.open(first.path)
    await session.open(second.path)

    await expect(access(join(first.path, '.codedesk.lock'))).rejects.toMatchObject({
      code: 'ENOENT',
    })
    await expect(access(join(second.path, '.codedesk.lock'))).resolves.toBeUndefined()
    expect(await session.api.getFolderInfo({})).toMatchObject({ value: { folder: second.path } })
  })

  it('keeps the old folder when the new one fails', async () => {
    await session.open(first.path)

    await expect(session.open(join(first.path, 'missing'))).rejects.toMatchObject({
      code: 'not-found',
    })
    expect(await session.api.getFolderInfo({})).toMatchObject({ value: { folder: first.path } })
  })

  it('opens a locked folder read-only with the reason', async () => {
    const holder = await ContentFolder.open(first.path, { app: 'codedesk validate' })
    try {
      const info = await session.open(first.path)
      const created = await session.api.createEntry({ code: 'A4550' })

      expect(info.readOnlyReason).toContain('codedesk validate')
      expect(created).toMatchObject({ ok: false, error: { code: 'read-only' } })
    } finally {
      await holder.close()
    }
  })
})
