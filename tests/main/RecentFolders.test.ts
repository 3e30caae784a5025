import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { MAX_RECENT_FOLDERS, RecentFolders } from '../../src/main/RecentFolders'
import { makeTempFolder } from '../helpers/tempFolder'

let temp: { path: string; remove: () => Promise<void> }
let recent: RecentFolders

beforeEach(async () => {
  temp = await makeTempFolder()
  recent = new RecentFolders(join(temp.path, 'recent-folders.json'))
})

afterEach(async () => {
  await temp.remove()
})

describe('RecentFolders', () => {
  it('starts empty without a file', async () => {
    expect(await recent.list()).toEqual([])
  })

  it('keeps the newest folder first without duplicates', async () => {
    await recent.add('/a')
    await recent.add('/b')
    await recent.add('/a')

    expect(await recent.list()).toEqual(['/a', '/b'])
    expect(JSON.parse(await readFile(recent.path, 'utf8'))).toEqual(['/a', '/b'])
  })

  it('keeps at most the maximum', async () => {
    for (let index = 0; index < MAX_RECENT_FOLDERS + 3; index++)
      await recent.add(`/folder-${index}`)

    const list = await recent.list()

    expect(list).toHaveLength(MAX_RECENT_FOLDERS)
    expect(list[0]).toBe(`/folder-${MAX_RECENT_FOLDERS + 2}`)
  })

  it('reads a damaged file as empty', async () => {
    await writeFile(recent.path, '{"not": "a list"')
    expect(await recent.list()).toEqual([])

    await writeFile(recent.path, JSON.stringify(['/ok', 42, '', null]))
    expect(await recent.list()).toEqual(['/ok'])
  })

  it('clears the list', async () => {
    await recent.add('/a')
    await recent.clear()

    expect(await recent.list()).toEqual([])
  })
})
