import { access, mkdir, readFile, rename, utimes, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { stringifyCanonical } from '../../src/storage/files/canonicalJson'
import { ContentFolder } from '../../src/storage/folder/ContentFolder'
import { CACHE_DIR, SUMMARY_CACHE_FILE } from '../../src/storage/folder/summaryCache'
import { makeEntry } from '../helpers/entryFactory'
import { makeTempFolder } from '../helpers/tempFolder'

let temp: { path: string; remove: () => Promise<void> }

const cachePath = () => join(temp.path, CACHE_DIR, SUMMARY_CACHE_FILE)
const entryPath = (code: string) => join(temp.path, 'entries', `${code}.json`)

async function writeEntries(codes: string[]): Promise<void> {
  await mkdir(join(temp.path, 'entries'), { recursive: true })
  for (const code of codes) await writeFile(entryPath(code), stringifyCanonical(makeEntry(code)))
}

/** Opens the folder, waits for the cache write that open starts, and closes it again. */
async function openAndClose(options: { readOnly?: boolean } = {}) {
  const folder = await ContentFolder.open(temp.path, { app: 'test', ...options })
  const summaries = folder.list()
  const problems = folder.fileProblems()
  await folder.close()

  return { summaries, problems }
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  )
}

beforeEach(async () => {
  temp = await makeTempFolder()
})

afterEach(async () => {
  await temp.remove()
})

describe('summary cache', () => {
  it('reuses the summary of a file whose stamp is unchanged', async () => {
    // A whole-second time, so that setting it again restores mtimeMs exactly.
    const time = new Date('2025-01-01T00:00:00Z')
    const path = entryPath('M1440')
    await writeEntries(['M1440', 'G0071'])
    await utimes(path, time, time)
    await openAndClose()

    // Same size, same inode, same modification time: the cache is trusted and the file not read.
    const text = await readFile(path, 'utf8')
    await writeFile(path, text.replace('Title of M1440', 'Title of XXXXX'))
    await utimes(path, time, time)

    const reopened = await openAndClose()

    expect(reopened.problems).toEqual([])
    expect(reopened.summaries.find((s) => s.code === 'M1440')?.title).toBe('Title of M1440')
  })

  it('reads a file again when its size changed', async () => {
    await writeEntries(['M1440'])
    await openAndClose()
    await writeFile(entryPath('M1440'), stringifyCanonical(makeEntry('M1440', { title: 'New' })))

    const reopened = await openAndClose()

    expect(reopened.summaries[0]?.title).toBe('New')
  })

  it('reads a file again when another file was renamed over it', async () => {
    const time = new Date('2025-01-01T00:00:00Z')
    const path = entryPath('M1440')
    await writeEntries(['M1440'])
    await utimes(path, time, time)
    await openAndClose()
    const replacement = join(temp.path, 'entries', '.replacement')
    const text = (await readFile(path, 'utf8')).replace('Title of M1440', 'Title of ZZZZZ')
    await writeFile(replacement, text)
    await utimes(replacement, time, time)
    await rename(replacement, path)

    const reopened = await openAndClose()

    expect(reopened.summaries[0]?.title).toBe('Title of ZZZZZ')
  })

  it('lists entries added and drops entries deleted since the last open', async () => {
    await writeEntries(['M1440', 'G0071'])
    await openAndClose()
    await writeEntries(['J0129'])
    await rename(entryPath('G0071'), join(temp.path, 'G0071.json.bak'))

    const reopened = await openAndClose()

    expect(reopened.summaries.map((summary) => summary.code)).toEqual(['J0129', 'M1440'])
  })

  it('reports a bad file on every open', async () => {
    await writeEntries(['M1440'])
    await writeFile(entryPath('G0071'), '{ "code": "G0071", ')

    const first = await openAndClose()
    const second = await openAndClose()

    expect(first.problems.map((problem) => problem.path)).toEqual([entryPath('G0071')])
    expect(second.problems.map((problem) => problem.path)).toEqual([entryPath('G0071')])
  })

  it('ignores a corrupt cache and writes a new one', async () => {
    await writeEntries(['M1440'])
    await mkdir(join(temp.path, CACHE_DIR), { recursive: true })
    await writeFile(cachePath(), '{ "fingerprint": ')

    const opened = await openAndClose()
    const rewritten = JSON.parse(await readFile(cachePath(), 'utf8')) as { files: object }

    expect(opened.summaries.map((summary) => summary.code)).toEqual(['M1440'])
    expect(Object.keys(rewritten.files)).toEqual(['M1440.json'])
  })

  it('ignores a cache written for another entry schema', async () => {
    await writeEntries(['M1440'])
    await openAndClose()
    const cache = JSON.parse(await readFile(cachePath(), 'utf8')) as {
      fingerprint: string
      files: Record<string, { summary: { title: string } }>
    }
    const cached = cache.files['M1440.json']
    if (cached !== undefined) cached.summary.title = 'From an old cache'
    await writeFile(cachePath(), JSON.stringify({ ...cache, fingerprint: 'older schema' }))

    const reopened = await openAndClose()

    expect(reopened.summaries[0]?.title).toBe('Title of M1440')
  })

  it('leaves the cache alone on a read-only open', async () => {
    await writeEntries(['M1440'])

    await openAndClose({ readOnly: true })

    expect(await exists(cachePath())).toBe(false)
  })
})
