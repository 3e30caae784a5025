import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import type { Entry } from '../../src/shared/model/entry'
import { ContentFolder } from '../../src/storage/folder/ContentFolder'
import { createLogger } from '../../src/storage/logger'
import { ProfileStore } from '../../src/storage/profile/ProfileStore'
import { createContentService } from '../../src/storage/service/createContentService'
import { makeEntry } from '../helpers/entryFactory'
import {
  type HeldFeeSchedule,
  holdFeeSchedule,
  sampleFeeSchedule,
} from '../helpers/holdFeeSchedule'
import { makeTempFolder } from '../helpers/tempFolder'
import { testTaxonomy } from '../validation/validationHarness'

// M1440 has two errors: a title over the maximum length and a synonym repeated in other case.
const ENTRIES: Entry[] = [
  makeEntry('M1426', { synonyms: ['lay name of M1426'] }),
  makeEntry('M1440', { title: 'x'.repeat(40), synonyms: ['dup', 'DUP'] }),
]

let temp: { path: string; remove: () => Promise<void> }
let folder: ContentFolder | null = null
let heldSchedule: HeldFeeSchedule

async function writeJson(relativePath: string, value: unknown): Promise<void> {
  const path = join(temp.path, relativePath)
  await mkdir(join(path, '..'), { recursive: true })
  await writeFile(path, `${JSON.stringify(value, null, 2)}\n`)
}

async function openService() {
  folder = await ContentFolder.open(temp.path, { app: 'test' })
  const profiles = new ProfileStore(join(temp.path, '..', `${temp.path}-profile.json`))

  return createContentService(folder, { profiles, log: createLogger('test') })
}

beforeEach(async () => {
  temp = await makeTempFolder()
  await writeJson('taxonomy.json', testTaxonomy())
  for (const entry of ENTRIES) await writeJson(`entries/${entry.code}.json`, entry)
  heldSchedule = await holdFeeSchedule(temp.path, sampleFeeSchedule([]))
})

afterEach(async () => {
  await heldSchedule.release()
  await folder?.close()
  folder = null
  await temp.remove()
})

describe('getValidationStatus', () => {
  it('reports pending until the background validation ends', async () => {
    const api = await openService()

    const pending = await api.getValidationStatus({})
    const listWhilePending = await api.listEntries({})
    await heldSchedule.release()
    await api.context.validator.whenIdle()
    const done = await api.getValidationStatus({})
    const list = await api.listEntries({})

    expect(pending).toEqual({ ok: true, value: { pending: true } })
    // The reason the status exists: until validation ends, the list shows zero problems.
    expect(listWhilePending.ok && listWhilePending.value.map((row) => row.errorCount)).toEqual([
      0, 0,
    ])
    expect(done).toEqual({ ok: true, value: { pending: false } })
    expect(list.ok && list.value.map((row) => [row.code, row.errorCount])).toEqual([
      ['M1426', 0],
      ['M1440', 2],
    ])
  })

  it('reports pending again while a taxonomy save re-validates', async () => {
    const api = await openService()
    await heldSchedule.release()
    await api.context.validator.whenIdle()

    const saved = await api.saveTaxonomy({ taxonomy: testTaxonomy() })
    const pending = await api.getValidationStatus({})
    await api.context.validator.whenIdle()
    const done = await api.getValidationStatus({})

    expect(saved.ok).toBe(true)
    expect(pending).toEqual({ ok: true, value: { pending: true } })
    expect(done).toEqual({ ok: true, value: { pending: false } })
  })
})
