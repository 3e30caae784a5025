import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import type { Entry } from '../../src/shared/model/entry'
import { docFromParagraphs } from '../../src/shared/model/richText'
import { ContentFolder } from '../../src/storage/folder/ContentFolder'
import { createLogger } from '../../src/storage/logger'
import { ProfileStore } from '../../src/storage/profile/ProfileStore'
import { createContentService } from '../../src/storage/service/createContentService'
import { buildFolderIndex } from '../../src/storage/validation/buildFolderIndex'
import { FolderValidator } from '../../src/storage/validation/FolderValidator'
import { makeEntry } from '../helpers/entryFactory'
import { makeTempFolder } from '../helpers/tempFolder'
import { testTaxonomy } from './validationHarness'

// makeEntry gives every entry the same synonyms; here each gets its own unless a test sets them.
function entry(code: string, overrides: Partial<Entry> = {}): Entry {
  return makeEntry(code, { synonyms: [`lay name of ${code}`], ...overrides })
}

let temp: { path: string; remove: () => Promise<void> }
let folder: ContentFolder

async function writeJson(relativePath: string, value: unknown): Promise<void> {
  const path = join(temp.path, relativePath)
  await mkdir(join(path, '..'), { recursive: true })
  await writeFile(path, `${JSON.stringify(value, null, 2)}\n`)
}

async function openService(entries: Entry[]) {
  await writeJson('taxonomy.json', testTaxonomy())
  for (const entry of entries) await writeJson(`entries/${entry.code}.json`, entry)

  folder = await ContentFolder.open(temp.path, { app: 'test' })
  const profiles = new ProfileStore(join(temp.path, '..', `${temp.path}-profile.json`))
  const api = createContentService(folder, { profiles, log: createLogger('test') })
  await api.context.validator.whenIdle()

  return api
}

function counts(api: Awaited<ReturnType<typeof openService>>, code: string) {
  const summary = api.context.folder.summary(code)
  return { errors: summary?.errorCount, warnings: summary?.warningCount }
}

async function save(api: Awaited<ReturnType<typeof openService>>, entry: Entry) {
  const result = await api.saveEntry({ entry, expectedUpdatedAt: null })
  if (!result.ok) throw new Error(result.error.message)
  await api.context.validator.whenIdle()

  return result.value.entry
}

beforeEach(async () => {
  temp = await makeTempFolder()
})

afterEach(async () => {
  await folder.close()
  await temp.remove()
})

describe('FolderValidator', () => {
  it('fills in problem counts in the background after open', async () => {
    const api = await openService([
      entry('M1440', { title: 'x'.repeat(40), synonyms: ['dup', 'DUP'] }),
      entry('M1426'),
    ])
    const list = await api.listEntries({})

    expect(list.ok && list.value.map((row) => [row.code, row.errorCount])).toEqual([
      ['M1426', 0],
      ['M1440', 2],
    ])
  })

  it("updates another entry's counts when a shared synonym appears and goes", async () => {
    const api = await openService([entry('M1440', { synonyms: ['virtual visit'] }), entry('M1426')])
    expect(counts(api, 'M1440').warnings).toBe(0)

    const m1426 = await save(api, entry('M1426', { synonyms: ['Virtual Visit'] }))
    expect(counts(api, 'M1440').warnings).toBe(1)
    expect(counts(api, 'M1426').warnings).toBe(1)

    await save(api, { ...m1426, synonyms: ['video check-in'] })
    expect(counts(api, 'M1440').warnings).toBe(0)
  })

  it('clears and restores a missing-code warning as the mentioned entry comes and goes', async () => {
    const api = await openService([
      entry('M1440', { clinicalContext: docFromParagraphs(['Often billed with G2012.']) }),
    ])
    expect(counts(api, 'M1440').warnings).toBe(1)

    await api.createEntry({ code: 'G2012' })
    await api.context.validator.whenIdle()
    expect(counts(api, 'M1440').warnings).toBe(0)

    await api.deleteEntry({ code: 'G2012' })
    await api.context.validator.whenIdle()
    expect(counts(api, 'M1440').warnings).toBe(1)
  })

  it('leaves the list counts alone when validating unsaved text', async () => {
    const api = await openService([entry('M1440')])
    const result = await api.validateEntry({ entry: entry('M1440', { title: '' }) })

    expect(result.ok).toBe(true)
    expect(result.ok && result.value).toEqual([])
    const draft = await api.validateEntry({
      entry: entry('M1440', { synonyms: ['', ''] }),
    })
    expect(draft.ok && draft.value.map((problem) => problem.ruleId)).toEqual([
      'synonyms/empty',
      'synonyms/empty',
    ])
    expect(counts(api, 'M1440').errors).toBe(0)
  })

  it('keeps the live index equal to one rebuilt from the summaries', async () => {
    const api = await openService([
      entry('M1440', { synonyms: ['a', 'b'] }),
      entry('M1426', { synonyms: ['b', 'c'] }),
    ])
    await save(api, entry('M1440', { title: 'New title', synonyms: ['c', 'd'] }))
    await api.createEntry({ code: 'G2012', title: 'd' })
    await api.deleteEntry({ code: 'M1426' })
    await api.context.validator.whenIdle()

    const live = api.context.validator.context().folder
    const rebuilt = buildFolderIndex(folder.list(), null)
    const sorted = (map: ReadonlyMap<string, ReadonlySet<string>>) =>
      [...map].map(([key, codes]) => [key, [...codes].sort()]).sort()

    expect([...live.codes].sort()).toEqual([...rebuilt.codes].sort())
    expect(sorted(live.synonymOwners)).toEqual(sorted(rebuilt.synonymOwners))
    expect(sorted(live.titleOwners)).toEqual(sorted(rebuilt.titleOwners))
  })

  it('re-validates every entry after the taxonomy is saved', async () => {
    const api = await openService([entry('M1440'), entry('M1426')])
    const taxonomy = { ...testTaxonomy(), specialties: [] }
    await api.saveTaxonomy({ taxonomy })
    await api.context.validator.whenIdle()

    expect(counts(api, 'M1440').errors).toBe(1)
    expect(counts(api, 'M1426').errors).toBe(1)
  })

  it('reads the fee schedule the RVU import writes', async () => {
    await writeJson('fee-schedule.json', {
      release: 'RVU26A',
      sourceFile: 'PPRRVU26_JAN.csv',
      importedAt: '2026-01-05T10:00:00.000Z',
      codes: ['M1440'],
    })
    const api = await openService([entry('M1440'), entry('M1426')])
    const result = await api.validateFolder({})
    const problems = result.ok ? result.value.problems : []

    expect(problems.map((problem) => [problem.code, problem.ruleId])).toEqual([
      ['M1426', 'rvu/not-listed'],
      ['M1440', 'rvu/missing'],
    ])
    expect(problems[1]?.message).toBe(
      'rvu: M1440 is listed in fee schedule RVU26A but has no RVU data. Import the fee schedule file again to fill it in.',
    )
  })

  it('re-validates every entry when the fee schedule is reloaded', async () => {
    const api = await openService([entry('M1440'), entry('M1426')])
    expect(counts(api, 'M1440').errors).toBe(0)

    await writeJson('fee-schedule.json', {
      release: 'RVU26A',
      sourceFile: 'PPRRVU26_JAN.csv',
      importedAt: '2026-01-05T10:00:00.000Z',
      codes: ['M1440'],
    })
    await api.context.validator.reloadFeeSchedule()
    await api.context.validator.whenIdle()

    expect(counts(api, 'M1440').errors).toBe(1)
    expect(counts(api, 'M1426').warnings).toBe(1)
  })

  it('reports a broken fee schedule as a file problem', async () => {
    await writeJson('fee-schedule.json', { release: 'January', codes: 'M1440' })
    await writeJson('taxonomy.json', testTaxonomy())
    folder = await ContentFolder.open(temp.path, { app: 'test', readOnly: true })
    const validator = new FolderValidator(folder, { log: createLogger('test') })
    await validator.loadFeeSchedule()
    const result = await validator.validateAll()

    expect(result.fileProblems).toHaveLength(1)
    expect(result.fileProblems[0]?.path).toBe(join(temp.path, 'fee-schedule.json'))
    expect(result.fileProblems[0]?.reason).toMatch(
      /^does not match the fee schedule format \(release: Expected a CMS release such as RVU25D; .*\); run the RVU import again$/,
    )
    expect(validator.context().folder.feeScheduleCodes).toBeNull()
  })

  it('lists workspace problems before entry problems', async () => {
    await writeJson('workspace.json', { rules: { 'faq/question': 'off' } })
    const api = await openService([entry('M1440', { synonyms: [''] })])
    const result = await api.validateFolder({})
    const problems = result.ok ? result.value.problems : []

    expect(problems.map((problem) => `${problem.code} ${problem.field}`)).toEqual([
      'workspace rules.faq/question',
      'M1440 synonyms[0]',
    ])
    expect(result.ok).toBe(true)
    expect(result.ok && result.value.byRule).toEqual({
      'workspace/unknown-rule': 1,
      'synonyms/empty': 1,
    })
  })
})
