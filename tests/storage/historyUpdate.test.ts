import { lstat, mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import type { ReviewEvent } from '../../src/shared/api/types'
import { historyFileSchema } from '../../src/shared/workflow/historySchema'
import { stringifyCanonical } from '../../src/storage/files/canonicalJson'
import { ContentFolder } from '../../src/storage/folder/ContentFolder'
import { historyOf, readHistoryFileAtSync } from '../../src/storage/history/HistoryStore'
import { makeEntry } from '../helpers/entryFactory'
import { makeTempFolder } from '../helpers/tempFolder'

let temp: { path: string; remove: () => Promise<void> }
let folder: ContentFolder

beforeEach(async () => {
  temp = await makeTempFolder('codedesk-history-update-')
  folder = await ContentFolder.open(temp.path, { app: 'history update test' })
})

afterEach(async () => {
  await folder.close()
  await temp.remove()
})

const published: ReviewEvent = {
  action: 'published',
  actor: 'Pat Publisher',
  at: '2026-03-01T00:00:00.000Z',
  revision: 1,
  comment: 'Published in bundle abcdef123456.',
}

async function historyText(code: string): Promise<string> {
  return readFile(join(temp.path, 'history', `${code}.json`), 'utf8')
}

async function approvedHistory(code: string) {
  const entry = makeEntry(code, {
    workflow: { status: 'approved', revision: 1, approvedRevision: 1, publishedVersion: null },
  })
  await historyOf(folder).update(code, (history) => ({
    ...history,
    revisions: [
      {
        revision: 1,
        author: 'Ana Writer',
        reviewer: 'Rita Reviewer',
        approvedAt: '2026-02-02T10:00:00.000Z',
        comment: null,
        entry,
      },
    ],
  }))
}

describe('HistoryStore.update', () => {
  it('appends an event in the bytes a whole parse gives', async () => {
    await approvedHistory('M1440')

    const next = await historyOf(folder).update('M1440', (history) => ({
      ...history,
      events: [...history.events, published],
    }))

    expect(await historyText('M1440')).toBe(stringifyCanonical(historyFileSchema.parse(next)))
    expect(next.events).toEqual([published])
  })

  it('rejects an invalid new event and writes nothing', async () => {
    await approvedHistory('M1440')
    const before = await historyText('M1440')
    const invalid = { ...published, action: 'deleted' } as unknown as ReviewEvent

    const update = historyOf(folder).update('M1440', (history) => ({
      ...history,
      events: [...history.events, invalid],
    }))

    await expect(update).rejects.toThrow(/events/)
    expect(await historyText('M1440')).toBe(before)
  })

  it('checks a snapshot the change replaced', async () => {
    await approvedHistory('M1440')

    const update = historyOf(folder).update('M1440', (history) => ({
      ...history,
      revisions: history.revisions.map((snapshot) => ({ ...snapshot, revision: 0 })),
    }))

    await expect(update).rejects.toThrow(/revisions/)
  })

  it('creates history/ again when it was removed', async () => {
    await approvedHistory('M1440')
    await rm(join(temp.path, 'history'), { recursive: true })

    await historyOf(folder).update('M1441', (history) => ({
      ...history,
      events: [published],
    }))

    expect(JSON.parse(await historyText('M1441'))).toMatchObject({ code: 'M1441' })
  })
})

describe('HistoryStore.readSync', () => {
  it('returns what read returns', async () => {
    await approvedHistory('M1440')

    expect(historyOf(folder).readSync('m1440')).toEqual(await historyOf(folder).read('M1440'))
    expect(historyOf(folder).readSync('M1441').revisions).toEqual([])
  })

  it('raises invalid-file and lists the file as a problem', async () => {
    await mkdir(join(temp.path, 'history'), { recursive: true })
    await writeFile(join(temp.path, 'history', 'M1440.json'), '{"code": "M1440", "revisions": [')
    const store = historyOf(folder)

    expect(() => store.readSync('M1440')).toThrow(/truncated/)
    expect(store.problems().map((problem) => problem.path)).toEqual([
      join(temp.path, 'history', 'M1440.json'),
    ])
  })
})

describe('readHistoryFileAtSync', () => {
  it('checks a file unless its stamp is the one given as checked', async () => {
    await approvedHistory('M1440')
    const path = join(temp.path, 'history', 'M1440.json')
    expect(readHistoryFileAtSync(path, 'M1440').stamp).not.toBeNull()
    await writeFile(path, (await historyText('M1440')).replace('"Rita Reviewer"', '12345'))
    const stats = await lstat(path)
    const stamp = { size: stats.size, mtimeMs: stats.mtimeMs, ino: stats.ino }

    expect(readHistoryFileAtSync(path, 'M1440', stamp)).toMatchObject({ stamp })
    expect(() => readHistoryFileAtSync(path, 'M1440')).toThrow(/history schema/)
    expect(() => readHistoryFileAtSync(path, 'M1440', { ...stamp, ino: stamp.ino + 1 })).toThrow(
      /history schema/,
    )
    expect(readHistoryFileAtSync(join(temp.path, 'history', 'M1441.json'), 'M1441')).toEqual({
      history: null,
      stamp: null,
    })
  })
})
