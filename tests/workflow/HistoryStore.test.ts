import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import type { HistoryFile } from '../../src/shared/workflow/historySchema'
import { ContentFolder } from '../../src/storage/folder/ContentFolder'
import { historyOf, HistoryStore } from '../../src/storage/history/HistoryStore'
import { makeEntry } from '../helpers/entryFactory'
import { makeTempFolder } from '../helpers/tempFolder'

let temp: { path: string; remove: () => Promise<void> }
let folder: ContentFolder

beforeEach(async () => {
  temp = await makeTempFolder('codedesk-history-')
  folder = await ContentFolder.open(temp.path, { app: 'history test' })
})

afterEach(async () => {
  await folder.close()
  await temp.remove()
})

function sampleHistory(code: string): HistoryFile {
  const entry = makeEntry(code, {
    workflow: { status: 'approved', revision: 1, approvedRevision: 1, publishedVersion: null },
  })

  return {
    code,
    revisions: [
      {
        revision: 1,
        author: 'Ana Writer',
        reviewer: 'Rita Reviewer',
        approvedAt: '2026-02-02T10:00:00.000Z',
        comment: 'Clear and short.',
        entry,
      },
    ],
    events: [
      {
        action: 'submitted',
        actor: 'Ana Writer',
        at: '2026-02-01T10:00:00.000Z',
        revision: 1,
        comment: null,
      },
      {
        action: 'approved',
        actor: 'Rita Reviewer',
        at: '2026-02-02T10:00:00.000Z',
        revision: 1,
        comment: 'Clear and short.',
      },
    ],
    comments: [
      {
        id: 'c-1',
        field: 'faqs[1].answer',
        text: 'Say which payers.',
        author: 'Rita Reviewer',
        createdAt: '2026-02-01T12:00:00.000Z',
        revision: 1,
        resolvedAt: null,
        resolvedBy: null,
        faqId: 'faq-two',
      },
    ],
  }
}

async function writeHistoryText(code: string, text: string) {
  await mkdir(join(temp.path, 'history'), { recursive: true })
  await writeFile(join(temp.path, 'history', `${code}.json`), text)
}

describe('HistoryStore', () => {
  it('round-trips a history file after reopening', async () => {
    const written = sampleHistory('M1440')
    await historyOf(folder).update('m1440', () => written)
    await folder.close()

    folder = await ContentFolder.open(temp.path, { app: 'history test' })
    const store = historyOf(folder)
    const read = await store.read('M1440')
    const text = await readFile(store.path('M1440'), 'utf8')

    expect(read).toEqual(written)
    expect(text).toBe(`${JSON.stringify(written, null, 2)}\n`)
    expect(store.path('M1440')).toBe(join(temp.path, 'history', 'M1440.json'))
  })

  it('returns an empty history when the file is missing', async () => {
    expect(await historyOf(folder).read('G0071')).toEqual({
      code: 'G0071',
      revisions: [],
      events: [],
      comments: [],
    })
  })

  it('finds an approved snapshot by revision', async () => {
    const store = historyOf(folder)
    await store.update('M1440', () => sampleHistory('M1440'))

    const snapshot = await store.readSnapshot('M1440', 1)

    expect(snapshot.reviewer).toBe('Rita Reviewer')
    await expect(store.readSnapshot('M1440', 2)).rejects.toMatchObject({
      code: 'not-found',
      message: expect.stringMatching(/no approved revision 2 .*Approved revisions: 1\./) as string,
    })
  })

  const corruptFiles: Array<[string, string, RegExp]> = [
    ['truncated', '{ "code": "M1440", "revisions": [', /truncated/],
    ['empty', '', /empty/],
    ['not JSON', '{ nope }', /not valid JSON/],
    ['off schema', JSON.stringify({ code: 'M1440', revisions: 'none' }), /history schema/],
    [
      'for another code',
      JSON.stringify(sampleHistory('G0071')),
      /history of G0071 but its file name says M1440/,
    ],
  ]

  it.each(corruptFiles)('reports a %s file and keeps its bytes', async (_kind, text, reason) => {
    await writeHistoryText('M1440', text)
    const store = new HistoryStore(folder)
    const path = join(temp.path, 'history', 'M1440.json')

    await expect(store.read('M1440')).rejects.toMatchObject({
      code: 'invalid-file',
      message: expect.stringContaining(path) as string,
    })
    await expect(store.read('M1440')).rejects.toThrow(reason)
    await expect(store.update('M1440', () => sampleHistory('M1440'))).rejects.toMatchObject({
      code: 'invalid-file',
    })
    expect(await readFile(path, 'utf8')).toBe(text)
    expect(store.problems()).toEqual([{ path, reason: expect.stringMatching(reason) as string }])
  })

  it('reads events without the snapshots', async () => {
    const history = sampleHistory('M1440')
    const broken = { ...history, revisions: [{ ...history.revisions[0], entry: { code: 1 } }] }
    await writeHistoryText('M1440', JSON.stringify(broken))
    const store = historyOf(folder)

    const read = await store.readEvents('M1440')

    expect(read).toEqual({ code: 'M1440', events: history.events })
    await expect(store.read('M1440')).rejects.toMatchObject({ code: 'invalid-file' })
    expect(await store.readEvents('G0071')).toEqual({ code: 'G0071', events: [] })
  })

  it('lists unloadable files when scanning', async () => {
    await historyOf(folder).update('G0071', () => sampleHistory('G0071'))
    await writeHistoryText('M1440', '{ "code": "M1440", "revisions": [')
    await writeHistoryText('.M1441.json.tmp', 'ignored')

    const scan = await historyOf(folder).scan()

    expect([...scan.histories.keys()]).toEqual(['G0071'])
    expect(scan.problems).toHaveLength(1)
    expect(scan.problems[0]?.path).toBe(join(temp.path, 'history', 'M1440.json'))
    expect(scan.problems[0]?.reason).toMatch(/truncated/)
  })

  it('rejects writes to a read-only folder', async () => {
    const reader = await ContentFolder.open(temp.path, { app: 'reader', readOnly: true })

    await expect(
      historyOf(reader).update('M1440', () => sampleHistory('M1440')),
    ).rejects.toMatchObject({ code: 'read-only' })
    await reader.close()
  })

  it('runs tasks for one code one after another', async () => {
    const store = historyOf(folder)
    const steps: string[] = []
    const task = (name: string) => async () => {
      steps.push(`${name} start`)
      await new Promise((resolve) => setImmediate(resolve))
      steps.push(`${name} end`)
      if (name === 'first') throw new Error('first failed')
      return name
    }

    const results = await Promise.allSettled([
      store.withEntryLock('M1440', task('first')),
      store.withEntryLock('m1440', task('second')),
    ])

    expect(steps).toEqual(['first start', 'first end', 'second start', 'second end'])
    expect(results[0]?.status).toBe('rejected')
    expect(results[1]).toEqual({ status: 'fulfilled', value: 'second' })
  })
})
