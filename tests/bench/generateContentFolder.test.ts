import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { generateContentFolder } from '../../bench/generate/generateContentFolder'
import { pickCodes } from '../../bench/generate/pickCodes'
import { SeededRandom } from '../../bench/generate/SeededRandom'
import { CODE_SYSTEMS } from '../../src/shared/codes/codeSystem'
import type { Entry } from '../../src/shared/model/entry'
import type { RichTextDoc } from '../../src/shared/model/richText'
import type { Taxonomy } from '../../src/shared/model/taxonomy'
import { ContentFolder } from '../../src/storage/folder/ContentFolder'
import { FolderValidator } from '../../src/storage/validation/FolderValidator'
import { makeTempFolder } from '../helpers/tempFolder'

type Temp = Awaited<ReturnType<typeof makeTempFolder>>

const ENTRY_COUNT = 300
const temps: Temp[] = []
let folder: ContentFolder
let entries: Entry[]

async function generate(entryCount: number, seed: number, size?: 'small') {
  const temp = await makeTempFolder('codedesk-generate-')
  temps.push(temp)
  const generated = await generateContentFolder(temp.path, { entries: entryCount, seed, size })

  return { ...generated, path: temp.path }
}

async function readEntryFiles(path: string): Promise<Map<string, string>> {
  const names = (await readdir(join(path, 'entries'))).sort()
  const files = new Map<string, string>()
  for (const name of names) files.set(name, await readFile(join(path, 'entries', name), 'utf8'))

  return files
}

function paragraphCount(doc: RichTextDoc): number {
  return doc.content.filter((node) => node.type === 'paragraph').length
}

beforeAll(async () => {
  const generated = await generate(ENTRY_COUNT, 1)
  folder = await ContentFolder.open(generated.path, { app: 'test', readOnly: true })
  entries = await Promise.all(folder.codes().map((code) => folder.read(code)))
})

afterAll(async () => {
  await folder?.close()
  for (const temp of temps) await temp.remove()
})

describe('generateContentFolder', () => {
  it('writes the same bytes for the same seed', async () => {
    const first = await generate(40, 9)
    const second = await generate(40, 9)

    expect(await readEntryFiles(second.path)).toEqual(await readEntryFiles(first.path))
  })

  it('writes different content for another seed', async () => {
    const first = await generate(40, 9)
    const other = await generate(40, 10)

    expect(other.codes).not.toEqual(first.codes)
  })

  it('writes entries that load without file problems', () => {
    expect(folder.fileProblems()).toEqual([])
    expect(folder.list()).toHaveLength(ENTRY_COUNT)
  })

  it('writes entries that pass every validation rule', async () => {
    const result = await new FolderValidator(folder).validateAll()

    expect(result.problems).toEqual([])
  })

  it('spreads codes over every code system and category', () => {
    const systems = new Set(entries.map((entry) => entry.codeSystem))
    const categories = new Set(entries.map((entry) => entry.category))

    expect([...systems].sort()).toEqual([...CODE_SYSTEMS].sort())
    expect([...categories].sort()).toEqual(folder.taxonomy.categories.map((c) => c.id).sort())
  })

  it('gives pages the sizes of written pages', () => {
    for (const entry of entries) {
      expect(paragraphCount(entry.plainLanguage)).toBeGreaterThanOrEqual(3)
      expect(paragraphCount(entry.plainLanguage)).toBeLessThanOrEqual(10)
      expect(paragraphCount(entry.clinicalContext)).toBeGreaterThanOrEqual(3)
      expect(paragraphCount(entry.clinicalContext)).toBeLessThanOrEqual(10)
      expect(entry.faqs.length).toBeGreaterThanOrEqual(3)
      expect(entry.faqs.length).toBeLessThanOrEqual(6)
      expect(entry.synonyms.length).toBeGreaterThanOrEqual(2)
    }
  })

  it('approves most entries', () => {
    const approved = entries.filter(
      (entry) => entry.workflow.status === 'approved' || entry.workflow.status === 'published',
    )

    expect(approved.length / entries.length).toBeGreaterThan(0.7)
  })

  it('writes a history file for every approved entry', async () => {
    const historyNames = await readdir(join(folder.folder, 'history'))
    const approved = entries.filter((entry) => entry.workflow.approvedRevision !== null)

    expect(historyNames.sort()).toEqual(approved.map((entry) => `${entry.code}.json`).sort())
  })

  it('writes one paragraph per section in small mode', async () => {
    const small = await generate(20, 2, 'small')
    const opened = await ContentFolder.open(small.path, { app: 'test', readOnly: true })
    const entry = await opened.read(small.codes[0] as string)
    await opened.close()

    expect(paragraphCount(entry.plainLanguage)).toBe(1)
    expect(paragraphCount(entry.clinicalContext)).toBe(1)
  })
})

describe('pickCodes', () => {
  const taxonomy: Taxonomy = {
    categories: [
      {
        id: 'hcpcs-m',
        label: 'M Codes',
        codeSystem: 'hcpcs-level-2',
        match: { prefix: 'M' },
        billing: { type: 'doc', content: [] },
        documentation: { type: 'doc', content: [] },
      },
    ],
    specialties: [],
    glossary: [],
  }

  it('picks distinct codes in sorted order', () => {
    const codes = pickCodes(taxonomy, 500, new SeededRandom(1)).map((picked) => picked.code)

    expect(new Set(codes).size).toBe(500)
    expect(codes).toEqual([...codes].sort())
    expect(codes.every((code) => /^M\d{4}$/.test(code))).toBe(true)
  })

  it('rejects more codes than the categories cover', () => {
    expect(() => pickCodes(taxonomy, 10_001, new SeededRandom(1))).toThrow(/cover only 10000 codes/)
  })
})
