import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { ContentFolder } from '../../src/storage/folder/ContentFolder'
import { historyOf } from '../../src/storage/history/HistoryStore'
import { copyContentFolder } from '../helpers/tempFolder'

let content: { path: string; remove: () => Promise<void> }
let folders: ContentFolder[] = []

beforeEach(async () => {
  content = await copyContentFolder()
})

afterEach(async () => {
  for (const folder of folders) await folder.close()
  folders = []
  await content.remove()
})

async function open(): Promise<ContentFolder> {
  const folder = await ContentFolder.open(content.path, { app: 'test' })
  folders.push(folder)
  return folder
}

// Inserts a Latin-1 "é" (byte 0xE9) after the first `find` in a file: the byte an editor set to
// Windows-1252 writes, which is not UTF-8.
async function writeLatin1(path: string, find: string): Promise<Buffer> {
  const text = await readFile(path, 'utf8')
  const at = text.indexOf(find)
  if (at < 0) throw new Error(`${find} is not in ${path}`)
  const bytes = Buffer.concat([
    Buffer.from(text.slice(0, at), 'utf8'),
    Buffer.from(`${find}\u00e9`, 'latin1'),
    Buffer.from(text.slice(at + find.length), 'utf8'),
  ])
  await writeFile(path, bytes)
  return bytes
}

describe('content files that are not UTF-8', () => {
  it('report an entry file and keep its bytes', async () => {
    const path = join(content.path, 'entries', 'M1440.json')
    const bytes = await writeLatin1(path, '"title": "')

    const folder = await open()

    const problem = folder.fileProblems().find((candidate) => candidate.path === path)
    expect(problem?.reason).toContain('not UTF-8')
    expect(folder.has('M1440')).toBe(false)
    expect(await readFile(path)).toEqual(bytes)
  })

  it('raise for a history file', async () => {
    const path = join(content.path, 'history', 'M1440.json')
    await writeLatin1(path, '"reviewer": "')
    const folder = await open()

    await expect(historyOf(folder).read('M1440')).rejects.toThrow(/not UTF-8/)
    expect(() => historyOf(folder).readSync('M1440')).toThrow(/not UTF-8/)
  })

  it('report the taxonomy and refuse to overwrite it', async () => {
    const path = join(content.path, 'taxonomy.json')
    const bytes = await writeLatin1(path, '"label": "')
    const folder = await open()

    expect(folder.fileProblems().map((problem) => problem.path)).toContain(path)
    await expect(folder.saveTaxonomy(folder.taxonomy)).rejects.toThrow(/could not be loaded/)
    expect(await readFile(path)).toEqual(bytes)
  })

  it('load UTF-8 with a byte order mark and a replacement character', async () => {
    const path = join(content.path, 'entries', 'M1440.json')
    const text = await readFile(path, 'utf8')
    await writeFile(path, `\ufeff${text.replace('"title": "', '"title": "\ufffd')}`)

    const folder = await open()

    expect(folder.fileProblems()).toEqual([])
    expect((await folder.read('M1440')).title.startsWith('\ufffd')).toBe(true)
  })
})
