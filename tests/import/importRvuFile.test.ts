import { access, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import type { Entry } from '../../src/shared/model/entry'
import { historyOf } from '../../src/storage/history/HistoryStore'
import { importRvuFile } from '../../src/storage/import/rvu/importRvuFile'
import { openFolderWith } from '../export/bundleTestFolder'
import { makeEntry, measurementRvu } from '../helpers/entryFactory'
import { makeTempFolder } from '../helpers/tempFolder'
import { fixturesDir } from './importFolder'

const csvFixture = join(fixturesDir, 'PPRRVU2025_Oct_hcpcs.csv')
const textFixture = join(fixturesDir, 'PPRRVU2025_Oct_hcpcs.txt')
const cleanUps: Array<() => Promise<void>> = []

afterEach(async () => {
  for (const cleanUp of cleanUps.splice(0)) await cleanUp()
})

async function setUp(entries: readonly Entry[] = defaultEntries()) {
  const opened = await openFolderWith(entries)
  cleanUps.push(opened.cleanUp)
  return opened
}

function defaultEntries(): Entry[] {
  return [
    makeEntry('M1420'),
    makeEntry('G0130', { category: 'hcpcs-g' }),
    makeEntry('G0105', { category: 'hcpcs-g' }),
    makeEntry('M1440'),
  ]
}

async function writeTemp(name: string, text: string): Promise<string> {
  const temp = await makeTempFolder('codedesk-rvu-')
  cleanUps.push(temp.remove)
  const path = join(temp.path, name)
  await writeFile(path, text)
  return path
}

describe('importRvuFile', () => {
  it('sets the RVU block of listed entries', async () => {
    const { folder } = await setUp()

    const result = await importRvuFile(folder, csvFixture, {
      now: new Date('2026-03-01T00:00:00.000Z'),
    })
    const g0130 = await folder.read('G0130')
    const m1420 = await folder.read('M1420')

    expect(result.release).toBe('RVU25D')
    expect(result.applied).toBe(3)
    expect(m1420.rvu?.global.statusCode).toBe('M')
    expect(m1420.rvu?.global.work).toBe(0)
    expect(g0130.rvu?.release).toBe('RVU25D')
    expect(g0130.rvu?.sourceFile).toBe('PPRRVU2025_Oct_hcpcs.csv')
    expect(g0130.rvu?.importedAt).toBe('2026-03-01T00:00:00.000Z')
    expect(g0130.rvu?.global).toEqual({
      statusCode: 'A',
      work: 0.22,
      nonFacilityPe: 0.9,
      nonFacilityPeNa: false,
      facilityPe: 0.9,
      facilityPeNa: true,
      malpractice: 0.02,
      nonFacilityTotal: 1.14,
      facilityTotal: 1.14,
      pctcIndicator: '1',
      globalDays: 'XXX',
      conversionFactor: 32.3465,
    })
    expect(g0130.rvu?.professional?.facilityTotal).toBe(0.33)
    expect(g0130.rvu?.technical?.nonFacilityPe).toBe(0.8)
    expect(g0130.rvu?.technical?.facilityPeNa).toBe(true)
  })

  it('keeps the global row of a code with modifier 53', async () => {
    const { folder } = await setUp()

    await importRvuFile(folder, csvFixture)
    const g0105 = await folder.read('G0105')

    expect(g0105.rvu?.global.work).toBe(3.26)
    expect(g0105.rvu?.professional).toBeNull()
    expect(g0105.rvu?.technical).toBeNull()
  })

  it('reports codes without an entry', async () => {
    const { folder } = await setUp()

    const result = await importRvuFile(folder, csvFixture)
    const noEntry = result.changes.filter((change) => change.kind === 'no-entry')

    expect(noEntry.map((change) => change.code)).toContain('G2211')
    expect(noEntry.find((change) => change.code === 'M1421')?.detail).toBe('no entry (status M)')
  })

  it('reports entries the file does not list apart', async () => {
    const { folder, path } = await setUp()
    const before = await readFile(join(path, 'entries', 'M1440.json'), 'utf8')

    const result = await importRvuFile(folder, csvFixture)
    const unchanged = result.changes.filter((change) => change.kind === 'unchanged')

    expect(result.changes.find((change) => change.code === 'M1440')).toEqual({
      code: 'M1440',
      kind: 'not-listed',
      detail: 'not listed in RVU25D; the entry has no RVU data and gets none',
    })
    expect(unchanged.map((change) => change.code)).not.toContain('M1440')
    expect(await readFile(join(path, 'entries', 'M1440.json'), 'utf8')).toBe(before)
  })

  it('writes fee-schedule.json with every listed code', async () => {
    const { folder, path } = await setUp()

    await importRvuFile(folder, csvFixture, { now: new Date('2026-03-01T00:00:00.000Z') })
    const schedule = JSON.parse(await readFile(join(path, 'fee-schedule.json'), 'utf8')) as {
      release: string
      sourceFile: string
      codes: string[]
    }

    expect(schedule.release).toBe('RVU25D')
    expect(schedule.sourceFile).toBe('PPRRVU2025_Oct_hcpcs.csv')
    expect(schedule.codes).toHaveLength(18)
    expect(schedule.codes).toContain('V5364')
    expect(schedule.codes).toEqual([...schedule.codes].sort())
    expect(Object.keys(schedule)).toEqual(['release', 'sourceFile', 'importedAt', 'codes'])
  })

  it('writes nothing on a dry run', async () => {
    const { folder, path } = await setUp()
    const before = await readFile(join(path, 'entries', 'G0130.json'), 'utf8')

    const result = await importRvuFile(folder, csvFixture, { dryRun: true })

    expect(result.applied).toBe(0)
    expect(result.changes.filter((change) => change.kind === 'update')).toHaveLength(3)
    expect(await readFile(join(path, 'entries', 'G0130.json'), 'utf8')).toBe(before)
    await expect(access(join(path, 'fee-schedule.json'))).rejects.toThrow()
  })

  it('reads CSV and fixed width alike', async () => {
    const csv = await setUp()
    const text = await setUp()
    const now = new Date('2026-03-01T00:00:00.000Z')

    await importRvuFile(csv.folder, csvFixture, { now })
    await importRvuFile(text.folder, textFixture, { now })

    for (const code of ['M1420', 'G0130', 'G0105']) {
      const fromCsv = (await csv.folder.read(code)).rvu
      const fromText = (await text.folder.read(code)).rvu
      expect({ ...fromText, sourceFile: '' }, code).toEqual({ ...fromCsv, sourceFile: '' })
    }
  })

  it('finds CSV columns by name when CMS adds one', async () => {
    const original = await readFile(csvFixture, 'utf8')
    // Insert a column after STATUS CODE in every row, as a later release might.
    const shifted = original
      .split('\r\n')
      .map((line, index) => {
        if (line === '') return line
        const cells = line.match(/("([^"]|"")*"|[^,]*)(,|$)/g) ?? []
        // The two last header rows name the new column "BRAND NEW"; data rows get a value.
        let extra = ','
        if (index === 8) extra = 'BRAND,'
        if (index === 9) extra = 'NEW,'
        if (index >= 10) extra = 'x,'
        cells.splice(4, 0, extra)
        return cells.join('').replace(/,$/, '')
      })
      .join('\r\n')
    const path = await writeTemp('PPRRVU2025_Oct.csv', shifted)
    const shiftedFolder = await setUp()
    const plainFolder = await setUp()
    const now = new Date('2026-03-01T00:00:00.000Z')

    const result = await importRvuFile(shiftedFolder.folder, path, { now })
    await importRvuFile(plainFolder.folder, csvFixture, { now })

    expect(result.rowProblems).toEqual([])
    expect((await shiftedFolder.folder.read('G0130')).rvu?.technical).toEqual(
      (await plainFolder.folder.read('G0130')).rvu?.technical,
    )
  })

  it('reports bad rows with line numbers and imports the rest', async () => {
    const lines = (await readFile(csvFixture, 'utf8')).split('\r\n')
    const g0130 = lines.findIndex((line) => line.startsWith('G0130,,'))
    const m1420 = lines.findIndex((line) => line.startsWith('M1420,,'))
    lines[g0130] = (lines[g0130] ?? '').replace(',0.22,', ',abc,')
    lines.splice(m1420 + 1, 0, lines[m1420] ?? '')
    lines.splice(11, 0, 'BAD!!,,Broken row,A,,0.00')
    const path = await writeTemp('PPRRVU2025_Oct.csv', lines.join('\r\n'))
    const { folder } = await setUp()

    const result = await importRvuFile(folder, path)

    expect(result.rowProblems).toEqual([
      { line: 12, reason: "HCPCS code 'BAD!!' is not five letters or digits" },
      { line: g0130 + 2, reason: "work RVU 'abc' is not a number" },
      { line: m1420 + 3, reason: `duplicate row for M1420; line ${m1420 + 2} is used` },
    ])
    expect((await folder.read('M1420')).rvu?.release).toBe('RVU25D')
    expect((await folder.read('G0130')).rvu).toBeNull()
  })

  it('reads the release from the CSV title row', async () => {
    const path = await writeTemp('fee-schedule-latest.csv', await readFile(csvFixture, 'utf8'))
    const { folder } = await setUp()

    const result = await importRvuFile(folder, path, { dryRun: true })

    expect(result.release).toBe('RVU25D')
  })

  it('rejects a file whose release it cannot tell', async () => {
    const path = await writeTemp('fee-schedule.txt', await readFile(textFixture, 'utf8'))
    const { folder } = await setUp()

    await expect(importRvuFile(folder, path)).rejects.toThrow(/Cannot tell the CMS release/)
    const result = await importRvuFile(folder, path, { dryRun: true, release: 'RVU25D' })
    expect(result.release).toBe('RVU25D')
  })

  it('keeps RVU data of unlisted codes by default', async () => {
    const old = makeEntry('M1440', {
      rvu: measurementRvu({
        release: 'RVU25C',
        sourceFile: 'PPRRVU2025_Jul.csv',
        importedAt: '2025-07-01T00:00:00.000Z',
      }),
    })
    const { folder, path } = await setUp([old])
    const before = await readFile(join(path, 'entries', 'M1440.json'), 'utf8')

    const result = await importRvuFile(folder, csvFixture)

    expect(result.changes.find((change) => change.code === 'M1440')).toEqual({
      code: 'M1440',
      kind: 'not-listed',
      detail:
        "not listed in RVU25D; keeps its RVU25C RVU data. If this is CMS's complete file, import it again with the removal of unlisted RVU data (--remove-unlisted)",
    })
    expect(await readFile(join(path, 'entries', 'M1440.json'), 'utf8')).toBe(before)
  })

  it('removes RVU data of unlisted codes when asked', async () => {
    const old = makeEntry('M1440', {
      rvu: measurementRvu({
        release: 'RVU25C',
        sourceFile: 'PPRRVU2025_Jul.csv',
        importedAt: '2025-07-01T00:00:00.000Z',
      }),
    })
    const { folder } = await setUp([old])

    const result = await importRvuFile(folder, csvFixture, { removeUnlisted: true })

    expect(result.changes.find((change) => change.code === 'M1440')).toEqual({
      code: 'M1440',
      kind: 'update',
      detail: 'not listed in the imported file: the RVU25C RVU data is removed',
    })
    expect((await folder.read('M1440')).rvu).toBeNull()
  })

  it('refuses a file with no readable row', async () => {
    const hcpcs = join(fixturesDir, 'HCPC2020_ANWEB_slice.txt')
    const old = makeEntry('M1440', { rvu: measurementRvu({ release: 'RVU25C' }) })
    const { folder, path } = await setUp([old])
    const before = await readFile(join(path, 'entries', 'M1440.json'), 'utf8')

    const run = importRvuFile(folder, hcpcs, { release: 'RVU25D', removeUnlisted: true })

    await expect(run).rejects.toThrow(/has no PPRRVU row that could be read/)
    await expect(importRvuFile(folder, hcpcs, { release: 'RVU25D', dryRun: true })).rejects.toThrow(
      /nothing was imported/,
    )
    expect(await readFile(join(path, 'entries', 'M1440.json'), 'utf8')).toBe(before)
    await expect(access(join(path, 'fee-schedule.json'))).rejects.toThrow(/ENOENT/)
  })

  it('removes no unlisted data when rows could not be read', async () => {
    const lines = (await readFile(csvFixture, 'utf8')).split('\r\n')
    lines.splice(11, 0, 'BAD!!,,Broken row,A,,0.00')
    const file = await writeTemp('PPRRVU2025_Oct.csv', lines.join('\r\n'))
    const old = makeEntry('M1440', { rvu: measurementRvu({ release: 'RVU25C' }) })
    const { folder, path } = await setUp([old])
    const before = await readFile(join(path, 'entries', 'M1440.json'), 'utf8')

    const run = importRvuFile(folder, file, { removeUnlisted: true })

    await expect(run).rejects.toThrow(/1 row of .* could not be read\. .*line 12/)
    expect(await readFile(join(path, 'entries', 'M1440.json'), 'utf8')).toBe(before)
    const withoutRemoval = await importRvuFile(folder, file)
    expect(withoutRemoval.changes.find((change) => change.code === 'M1440')?.kind).toBe(
      'not-listed',
    )
  })

  it('keeps the last author and moves updatedAt', async () => {
    const { folder } = await setUp()
    const before = await folder.read('G0130')

    await importRvuFile(folder, csvFixture, {
      actor: 'Importer',
      now: new Date('2026-03-01T00:00:00.000Z'),
    })
    const after = await folder.read('G0130')

    expect(after.meta.updatedBy).toBe(before.meta.updatedBy)
    expect(after.meta.updatedAt).toBe('2026-03-01T00:00:00.000Z')
  })

  it('writes nothing when an entry file broke since open', async () => {
    const { folder, path } = await setUp()
    const g0130 = await readFile(join(path, 'entries', 'G0130.json'), 'utf8')
    // M1420 comes after G0105 and G0130 in code order, so they would be written first.
    const broken = join(path, 'entries', 'M1420.json')
    await writeFile(
      broken,
      (await readFile(broken, 'utf8')).replace(/"title": "[^"]*"/, '"title": 5'),
    )

    const result = importRvuFile(folder, csvFixture)

    await expect(result).rejects.toMatchObject({ code: 'invalid-file' })
    await expect(result).rejects.toThrow(/M1420\.json/)
    // Waits for anything the import still had running on G0130.
    await historyOf(folder).withEntryLock('G0130', async () => undefined)
    expect(await readFile(join(path, 'entries', 'G0130.json'), 'utf8')).toBe(g0130)
    await expect(access(join(path, 'fee-schedule.json'))).rejects.toMatchObject({ code: 'ENOENT' })
  })

  it('reports unchanged values on a second import', async () => {
    const { folder } = await setUp()
    await importRvuFile(folder, csvFixture)

    const again = await importRvuFile(folder, textFixture)

    expect(again.applied).toBe(0)
    expect(again.changes.filter((change) => change.kind === 'update')).toEqual([])
  })
})
