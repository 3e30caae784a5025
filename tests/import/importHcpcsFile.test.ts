import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import { importHcpcsFile } from '../../src/storage/import/hcpcs/importHcpcsFile'
import { parseHcpcsFile } from '../../src/storage/import/hcpcs/parseHcpcsFile'
import { decodeText } from '../../src/storage/import/readImportFile'
import { openFolderWith } from '../export/bundleTestFolder'
import { makeEntry } from '../helpers/entryFactory'
import { makeTempFolder } from '../helpers/tempFolder'
import { fixturesDir } from './importFolder'

const fixture = join(fixturesDir, 'HCPC2020_ANWEB_slice.txt')
const cleanUps: Array<() => Promise<void>> = []

afterEach(async () => {
  for (const cleanUp of cleanUps.splice(0)) await cleanUp()
})

async function setUp() {
  const opened = await openFolderWith([
    makeEntry('G0071', { category: 'hcpcs-g', title: 'Comm svcs by rhc/fqhc 5 min' }),
    makeEntry('J0129', { category: 'hcpcs-j', title: 'Our own title' }),
    makeEntry('M1000', { title: 'Pain scr as mod to sevr' }),
  ])
  cleanUps.push(opened.cleanUp)
  return opened
}

describe('parseHcpcsFile', () => {
  it('joins continuation records', async () => {
    const { rows } = parseHcpcsFile(decodeText(await readFile(fixture)))
    const g0071 = rows.find((row) => row.code === 'G0071')

    expect(g0071?.longDescription).toBe(
      'Payment for communication technology-based services for 5 minutes or more of a virtual (non-face-to-face) communication between an rural health clinic (rhc) or federally qualified health center (fqhc) practitioner and rhc or fqhc patient, or 5 minutes or more of remote evaluation of recorded video and/or images by an rhc or fqhc practitioner, occurring in lieu of an office visit; rhc or fqhc only',
    )
    expect(g0071?.shortDescription).toBe('Comm svcs by rhc/fqhc 5 min')
  })

  it('skips the disclaimer and reads modifiers apart', async () => {
    const text = decodeText(await readFile(fixture))
    const { rows, rowProblems } = parseHcpcsFile(text)
    const procedureRecords = text.split('\r\n').filter((line) => /^[A-Z]\d{4}\d{5}3/.test(line))

    expect(rowProblems).toEqual([])
    expect(rows[0]?.line).toBe(10)
    expect(rows[0]?.kind).toBe('modifier')
    expect(rows.filter((row) => row.kind === 'procedure')).toHaveLength(procedureRecords.length)
  })

  it('reads dates and termination', async () => {
    const { rows } = parseHcpcsFile(decodeText(await readFile(fixture)))
    const m1000 = rows.find((row) => row.code === 'M1000')

    expect(m1000?.terminationDate).toBe('2019-12-31')
    expect(m1000?.actionCode).toBe('D')
    expect(rows.find((row) => row.code === 'A0021')?.addedDate).toBe('1985-01-01')
  })

  it('reports a bad record by line and keeps the rest', async () => {
    const lines = (await readFile(fixture, 'latin1')).split('\r\n')
    const a0021 = lines.findIndex((line) => line.startsWith('A0021'))
    lines[a0021] = `${(lines[a0021] ?? '').slice(0, 268)}1985XX01${(lines[a0021] ?? '').slice(276)}`
    lines.splice(a0021 + 1, 0, 'this line is not a record')
    const g0071 = lines.findIndex((line) => line.startsWith('G0071'))
    lines.splice(g0071, 1)

    const { rows, rowProblems } = parseHcpcsFile(lines.join('\r\n'))

    expect(rowProblems[0]).toEqual({
      line: a0021 + 1,
      reason: 'addedDate is not a date of eight digits (YYYYMMDD)',
    })
    expect(rowProblems[1]).toEqual({
      line: a0021 + 2,
      reason: 'line is not an HCPCS record (code, sequence number and record id)',
    })
    expect(rowProblems[2]).toEqual({
      line: g0071 + 1,
      reason: 'continuation record for G0071 does not follow a first record of that code',
    })
    expect(rows.some((row) => row.code === 'A0021')).toBe(false)
    expect(rows.some((row) => row.code === 'A0425')).toBe(true)
  })

  it('decodes Windows-1252 text', () => {
    const bytes = Buffer.from([0x43, 0x4d, 0x53, 0x92, 0x20, 0x32, 0x30, 0x32, 0x30])

    expect(decodeText(bytes)).toBe('CMS’ 2020')
  })
})

describe('importHcpcsFile', () => {
  it('creates drafts titled with the short descriptor', async () => {
    const { folder } = await setUp()

    const result = await importHcpcsFile(folder, fixture, { actor: 'Importer' })
    const created = await folder.read('J0130')

    expect(result.release).toBe('HCPCS 2020')
    expect(created.title).toBe('Abciximab injection')
    expect(created.workflow.status).toBe('draft')
    expect(created.synonyms).toEqual([])
    expect(created.summary.content).toEqual([])
    expect(created.meta.createdBy).toBe('Importer')
    expect(result.applied).toBe(result.changes.filter((change) => change.kind === 'create').length)
  })

  it('flags terminated codes and creates none for them', async () => {
    const { folder } = await setUp()

    const result = await importHcpcsFile(folder, fixture)
    const m1000 = result.changes.filter((change) => change.code === 'M1000')

    expect(m1000).toEqual([
      {
        code: 'M1000',
        kind: 'terminated',
        detail: 'last date of service 2019-12-31, action code D',
      },
    ])
    expect(folder.has('M1001')).toBe(false)
    expect(result.changes.find((change) => change.code === 'M1001')?.kind).toBe('terminated')
  })

  it('reports a changed short descriptor without changing the title', async () => {
    const { folder } = await setUp()

    const result = await importHcpcsFile(folder, fixture)

    expect(result.changes.find((change) => change.code === 'J0129')).toEqual({
      code: 'J0129',
      kind: 'title-changed',
      detail:
        'CMS short descriptor is "Abatacept injection"; the entry\'s title is "Our own title"',
    })
    expect((await folder.read('J0129')).title).toBe('Our own title')
    expect(result.changes.find((change) => change.code === 'G0071')?.kind).toBe('unchanged')
  })

  it('writes nothing on a dry run', async () => {
    const { folder } = await setUp()

    const result = await importHcpcsFile(folder, fixture, { dryRun: true })

    expect(result.applied).toBe(0)
    expect(result.changes.some((change) => change.kind === 'create')).toBe(true)
    expect(folder.has('J0130')).toBe(false)
  })

  it('reads a gzipped file', async () => {
    const { gzipSync } = await import('node:zlib')
    const temp = await makeTempFolder('codedesk-hcpcs-')
    cleanUps.push(temp.remove)
    const path = join(temp.path, 'HCPC2020_ANWEB.txt.gz')
    await writeFile(path, gzipSync(await readFile(fixture)))
    const { folder } = await setUp()

    const result = await importHcpcsFile(folder, path, { dryRun: true })

    expect(result.source).toBe('HCPC2020_ANWEB.txt')
    expect(result.changes.length).toBeGreaterThan(100)
  })
})
