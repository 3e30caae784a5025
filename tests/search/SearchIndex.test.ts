import { join } from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import type { SearchResult } from '../../src/shared/api/types'
import type { Result } from '../../src/shared/errors'
import { ContentFolder } from '../../src/storage/folder/ContentFolder'
import { ProfileStore } from '../../src/storage/profile/ProfileStore'
import { SearchIndex } from '../../src/storage/search/SearchIndex'
import { createContentService } from '../../src/storage/service/createContentService'
import { makeEntry } from '../helpers/entryFactory'
import { makeTempFolder } from '../helpers/tempFolder'

const documents = [
  { code: 'M1440', title: 'Telehealth enc', synonyms: ['telehealth visit', 'virtual appointment'] },
  { code: 'M1441', title: 'Telehealth f/u', synonyms: ['remote follow-up'] },
  { code: 'M1400', title: 'Depression scr', synonyms: ['mood screening'] },
  { code: 'G2012', title: 'Brief check in', synonyms: ['virtual check-in', 'telephone check'] },
  { code: 'J0129', title: 'Abatacept injection', synonyms: ['arthritis infusion'] },
  { code: 'G0071', title: 'Comm svcs by rhc/fqhc', synonyms: ['telehealth message'] },
]

describe('SearchIndex', () => {
  it('returns every code in code order for an empty query', () => {
    const index = SearchIndex.from(documents)

    expect(index.search('').codes).toEqual(['G0071', 'G2012', 'J0129', 'M1400', 'M1440', 'M1441'])
    expect(index.search('   ').exactCode).toBeNull()
  })

  it('matches word prefixes in titles and synonyms', () => {
    const index = SearchIndex.from(documents)

    expect(index.search('abata').codes).toEqual(['J0129'])
    expect(index.search('virt').codes.sort()).toEqual(['G2012', 'M1440'])
    expect(index.search('arthr').codes).toEqual(['J0129'])
  })

  it('answers short queries by word prefix', () => {
    const index = SearchIndex.from(documents)

    expect(index.search('te').codes).toEqual(['M1440', 'M1441', 'G0071', 'G2012'])
    expect(index.search('v').codes).toEqual(['G2012', 'M1440'])
    expect(index.search('m1').codes).toEqual(['M1400', 'M1440', 'M1441'])
    expect(index.search('te', 2).codes).toEqual(['M1440', 'M1441'])
  })

  it('keeps short queries current after updates', () => {
    const index = SearchIndex.from(documents)

    index.upsert({ code: 'J0129', title: 'Teriparatide', synonyms: [] })
    index.remove('M1441')

    expect(index.search('te').codes).toEqual(['J0129', 'M1440', 'G0071', 'G2012'])
  })

  it('matches a misspelled word within one edit', () => {
    const index = SearchIndex.from(documents)

    expect(index.search('telehelth').codes).toContain('M1440')
    expect(index.search('depresion').codes).toEqual(['M1400'])
  })

  it('matches two swapped letters', () => {
    const index = SearchIndex.from(documents)

    expect(index.search('abatcaept').codes).toEqual(['J0129'])
    expect(index.search('screeinng').codes).toEqual(['M1400'])
  })

  it('ranks an exact word above a fuzzy one', () => {
    const index = SearchIndex.from([
      { code: 'A0001', title: 'Visit review', synonyms: [] },
      { code: 'A0002', title: 'Vista imaging', synonyms: [] },
    ])

    expect(index.search('visit').codes).toEqual(['A0001', 'A0002'])
    expect(index.search('vista').codes).toEqual(['A0002', 'A0001'])
  })

  it('requires every word of a multi-word query', () => {
    const index = SearchIndex.from(documents)

    expect(index.search('virtual check').codes).toEqual(['G2012'])
  })

  it('jumps to a code typed exactly, in any case', () => {
    const index = SearchIndex.from(documents)
    const result = index.search(' m1440 ')

    expect(result.exactCode).toBe('M1440')
    expect(result.codes[0]).toBe('M1440')
    expect(index.search('M9999').exactCode).toBeNull()
  })

  it('ranks codes starting with the query first, in code order', () => {
    const index = SearchIndex.from(documents)

    expect(index.search('m14').codes).toEqual(['M1400', 'M1440', 'M1441'])
    expect(index.search('G').codes.slice(0, 2)).toEqual(['G0071', 'G2012'])
  })

  it('ranks a title match above a synonym match', () => {
    const index = SearchIndex.from(documents)
    const codes = index.search('telehealth').codes

    expect(codes.slice(0, 2).sort()).toEqual(['M1440', 'M1441'])
    expect(codes[2]).toBe('G0071')
  })

  it('stops at the limit', () => {
    const index = SearchIndex.from(documents)

    expect(index.search('', 2).codes).toEqual(['G0071', 'G2012'])
    expect(index.search('m14', 2).codes).toEqual(['M1400', 'M1440'])
  })

  it('updates and removes single entries', () => {
    const index = SearchIndex.from(documents)
    index.upsert({ code: 'M1440', title: 'Telehealth enc', synonyms: ['video consult'] })
    index.upsert({ code: 'A0021', title: 'Ambulance outside state', synonyms: [] })
    index.remove('J0129')

    expect(index.search('video').codes).toEqual(['M1440'])
    expect(index.search('appointment').codes).toEqual([])
    expect(index.search('ambul').codes).toEqual(['A0021'])
    expect(index.search('abatacept').codes).toEqual([])
    expect(index.search('').codes[0]).toBe('A0021')
    expect(index.size).toBe(6)
  })

  it('syncs with a changed list of entries', () => {
    const index = SearchIndex.from(documents)
    const next = documents
      .filter((document) => document.code !== 'G2012')
      .map((document) =>
        document.code === 'M1400' ? { ...document, title: 'Anxiety screening' } : document,
      )
    index.syncWith(next)

    expect(index.search('anxiety').codes).toEqual(['M1400'])
    expect(index.search('depression').codes).toEqual([])
    expect(index.search('G2012').exactCode).toBeNull()
    expect(index.size).toBe(5)
  })
})

function codesOf(result: Result<SearchResult>): string[] {
  if (!result.ok) throw new Error(result.error.message)
  return result.value.codes
}

describe('searchEntries', () => {
  let temp: { path: string; remove: () => Promise<void> }
  let folder: ContentFolder

  beforeEach(async () => {
    temp = await makeTempFolder()
    folder = await ContentFolder.open(temp.path, { app: 'test' })
    for (const document of documents) {
      const entry = makeEntry(document.code, { title: document.title, synonyms: document.synonyms })
      await folder.write(entry, { actor: 'Test Writer', expectedUpdatedAt: null })
    }
  })

  afterEach(async () => {
    await folder.close()
    await temp.remove()
  })

  it('follows saves, creates and deletes', async () => {
    const api = createContentService(folder, {
      profiles: new ProfileStore(join(temp.path, 'profile.json')),
    })
    const before = await api.searchEntries({ query: 'telehealth' })
    const opened = await api.getEntry({ code: 'M1441' })
    if (!opened.ok) throw new Error(opened.error.message)

    const saved = await api.saveEntry({
      entry: { ...opened.value.entry, synonyms: ['home monitoring review'] },
      expectedUpdatedAt: opened.value.entry.meta.updatedAt,
    })
    await api.createEntry({ code: 'G0425', title: 'Telehealth consult' })
    await api.deleteEntry({ code: 'g0071' })
    const after = await api.searchEntries({ query: 'telehealth' })
    const bySynonym = await api.searchEntries({ query: 'monitoring' })

    expect(saved.ok).toBe(true)
    expect(codesOf(before)).toContain('G0071')
    expect(codesOf(after)).toContain('G0425')
    expect(codesOf(after)).not.toContain('G0071')
    expect(codesOf(bySynonym)).toEqual(['M1441'])
  })
})
