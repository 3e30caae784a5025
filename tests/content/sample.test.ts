import { existsSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'

import { parse } from 'csv-parse/sync'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type Entry, entrySchema } from '../../src/shared/model/entry'
import type { RvuValues } from '../../src/shared/model/rvu'
import { stringifyCanonical } from '../../src/storage/files/canonicalJson'
import { ContentFolder } from '../../src/storage/folder/ContentFolder'
import { FolderValidator } from '../../src/storage/validation/FolderValidator'

const REPO_ROOT = join(import.meta.dirname, '..', '..')
const CONTENT_DIR = join(REPO_ROOT, 'content')
const ENTRIES_DIR = join(CONTENT_DIR, 'entries')
const FIXTURES_DIR = join(REPO_ROOT, 'tests', 'fixtures')

// The CMS files live beside the repository, never in it: the fee-schedule file contains AMA CPT
// descriptors that must not be committed.
const SHARED_DATA = join(REPO_ROOT, '..', 'shared', 'data')
const PPRRVU_FILE = join(SHARED_DATA, 'pprrvu', 'PPRRVU2025_Oct.csv.gz')
const PPRRVU_RELEASE = 'RVU25D'
const PPRRVU_SOURCE_FILE = 'PPRRVU2025_Oct.csv'
const HCPCS_FILE = join(SHARED_DATA, 'hcpcs', 'HCPC2020_ANWEB_w_disclaimer.txt.gz')
const HAS_SHARED_DATA = existsSync(PPRRVU_FILE) && existsSync(HCPCS_FILE)

/** One PPRRVU row, keyed by the column names CMS prints over several header lines. */
type FeeScheduleRow = Record<string, string>

/**
 * Reads a PPRRVU CSV into rows keyed by `<HCPCS>|<MOD>`. CMS spreads each column name over the
 * lines above the `HCPCS,MOD,DESCRIPTION` line ("NON-FAC" / "NA" / "INDICATOR"), so a name is
 * the non-empty cells of its column in that block, joined with spaces.
 */
function readFeeScheduleCsv(text: string): Map<string, FeeScheduleRow> {
  const lines: string[][] = parse(text, { relaxColumnCount: true })
  const headerIndex = lines.findIndex((cells) => cells[0] === 'HCPCS' && cells[1] === 'MOD')
  if (headerIndex === -1) return new Map()

  // The header block is the run of lines above the HCPCS line with an empty DESCRIPTION cell. The
  // title and copyright lines above the block have text in that column.
  let blockStart = headerIndex
  while (blockStart > 0 && (lines[blockStart - 1]?.[2] ?? '').trim() === '') blockStart--
  const block = lines.slice(blockStart, headerIndex + 1)
  const names = (lines[headerIndex] ?? []).map((_, column) =>
    block
      .map((cells) => (cells[column] ?? '').trim())
      .filter((cell) => cell !== '')
      .join(' '),
  )

  const rows = new Map<string, FeeScheduleRow>()
  for (const cells of lines.slice(headerIndex + 1)) {
    if (cells[0] === undefined || cells[0] === '') continue
    const row = Object.fromEntries(names.map((name, column) => [name, cells[column] ?? '']))
    rows.set(`${row.HCPCS}|${row.MOD}`, row)
  }

  return rows
}

/**
 * Reads the short descriptors of an HCPCS Level II annual file (fixed width, 320 characters):
 * the code in columns 1-5, the record type in column 11 (3 is a procedure's first line) and the
 * short descriptor in columns 92-119.
 */
function readHcpcsShortDescriptors(text: string): Map<string, string> {
  const descriptors = new Map<string, string>()

  for (const line of text.split(/\r?\n/)) {
    if (line.charAt(10) !== '3') continue
    const code = line.slice(0, 5)
    if (/^[A-Z]\d{4}$/.test(code)) descriptors.set(code, line.slice(91, 119).trimEnd())
  }

  return descriptors
}

async function readGzip(path: string, encoding: BufferEncoding): Promise<string> {
  return gunzipSync(await readFile(path)).toString(encoding)
}

/** Finds the committed fixture CSVs in PPRRVU layout, so their HCPCS rows count as CMS data. */
async function readFixtureFeeSchedules(): Promise<Map<string, FeeScheduleRow>> {
  const rows = new Map<string, FeeScheduleRow>()
  if (!existsSync(FIXTURES_DIR)) return rows

  const files = await readdir(FIXTURES_DIR, { recursive: true })
  for (const file of files.filter((name) => name.toLowerCase().endsWith('.csv'))) {
    const text = await readFile(join(FIXTURES_DIR, file), 'latin1')
    if (!/^HCPCS,MOD,DESCRIPTION,/m.test(text)) continue

    let fileRows: Map<string, FeeScheduleRow>
    try {
      fileRows = readFeeScheduleCsv(text)
    } catch {
      // A CSV that another test keeps malformed on purpose lists no codes to compare, so skip it.
      continue
    }
    for (const [key, row] of fileRows) rows.set(key, row)
  }

  return rows
}

/**
 * Returns the CMS short descriptor of every HCPCS Level II code the data lists. Later sources win:
 * the 2020 HCPCS file, then fixture rows, then the 2025 fee schedule.
 */
function hcpcsShortDescriptors(
  hcpcsFile: ReadonlyMap<string, string>,
  ...feeSchedules: ReadonlyMap<string, FeeScheduleRow>[]
): Map<string, string> {
  const descriptors = new Map(hcpcsFile)

  for (const rows of feeSchedules) {
    for (const row of rows.values()) {
      const code = row.HCPCS ?? ''
      if (row.MOD === '' && /^[A-Z]\d{4}$/.test(code)) descriptors.set(code, row.DESCRIPTION ?? '')
    }
  }

  return descriptors
}

/** Converts a PPRRVU row to stored RVU values; an NA indicator becomes a `*Na` flag of true. */
function rvuValuesOf(row: FeeScheduleRow): RvuValues {
  const amount = (name: string) => Number(row[name])

  return {
    statusCode: (row['STATUS CODE'] ?? '').trim(),
    work: amount('WORK RVU'),
    nonFacilityPe: amount('NON-FAC PE RVU'),
    nonFacilityPeNa: (row['NON-FAC NA INDICATOR'] ?? '').trim() === 'NA',
    facilityPe: amount('FACILITY PE RVU'),
    facilityPeNa: (row['FACILITY NA INDICATOR'] ?? '').trim() === 'NA',
    malpractice: amount('MP RVU'),
    nonFacilityTotal: amount('NON-FACILITY TOTAL'),
    facilityTotal: amount('FACILITY TOTAL'),
    pctcIndicator: (row['PCTC IND'] ?? '').trim(),
    globalDays: (row['GLOB DAYS'] ?? '').trim(),
    conversionFactor: amount('CONV FACTOR'),
  }
}

let folder: ContentFolder
let entries: Entry[]
let entryFiles: string[]

beforeAll(async () => {
  folder = await ContentFolder.open(CONTENT_DIR, { app: 'sample content test', readOnly: true })
  entries = await Promise.all(folder.codes().map((code) => folder.read(code)))
  entryFiles = (await readdir(ENTRIES_DIR)).filter((name) => name.endsWith('.json')).sort()
})

afterAll(async () => {
  await folder.close()
})

describe('sample content folder', () => {
  it('opens with no file problems', () => {
    expect(folder.fileProblems()).toEqual([])
  })

  it('has at least 30 entries including M1440', () => {
    expect(entries.length).toBeGreaterThanOrEqual(30)
    expect(folder.has('M1440')).toBe(true)
  })

  it('has entries in draft, in review and approved', () => {
    const statuses = new Set(entries.map((entry) => entry.workflow.status))

    expect(statuses).toContain('draft')
    expect(statuses).toContain('in-review')
    expect(statuses).toContain('approved')
  })

  it('sets approvedRevision on approved entries', () => {
    for (const entry of entries) {
      const { status, revision, approvedRevision } = entry.workflow
      if (status === 'approved') expect(approvedRevision, entry.code).toBe(revision)
    }
  })

  // The end-to-end tests edit M1440 and search for it by 'telehealth'.
  it('keeps M1440 approved and complete', async () => {
    const m1440 = await folder.read('M1440')

    expect(m1440.workflow.status).toBe('approved')
    expect(m1440.title).toBe('Telehealth enc')
    expect(m1440.faqs.length).toBeGreaterThanOrEqual(3)
    expect(m1440.synonyms.length).toBeGreaterThanOrEqual(3)
    expect(m1440.synonyms.some((synonym) => /telehealth/i.test(synonym))).toBe(true)
    expect(m1440.rvu).toBeNull()
  })

  it('stores every entry file in canonical bytes', async () => {
    expect(entryFiles.length).toBe(entries.length)

    for (const name of entryFiles) {
      const text = await readFile(join(ENTRIES_DIR, name), 'utf8')
      const reserialized = stringifyCanonical(entrySchema.parse(JSON.parse(text)))

      expect(reserialized, name).toBe(text)
    }
  })

  it('has no validation errors in approved entries', async () => {
    const validator = new FolderValidator(folder)
    // Validate against a fee schedule as the app would after an RVU import: the folder's own
    // fee-schedule.json when it has one, else the CMS file beside the repository.
    if (existsSync(join(CONTENT_DIR, 'fee-schedule.json'))) {
      await validator.loadFeeSchedule()
    } else if (HAS_SHARED_DATA) {
      const rows = readFeeScheduleCsv(await readGzip(PPRRVU_FILE, 'latin1'))
      const codes = new Set([...rows.values()].map((row) => row.HCPCS ?? ''))
      validator.setFeeScheduleCodes(codes, PPRRVU_RELEASE)
    }

    const approved = new Set(
      entries.filter((entry) => entry.workflow.status === 'approved').map((entry) => entry.code),
    )
    const result = await validator.validateAll()
    const errors = result.problems.filter(
      (problem) => problem.severity === 'error' && approved.has(problem.code),
    )

    expect(approved.size).toBeGreaterThan(0)
    expect(result.fileProblems).toEqual([])
    expect(errors).toEqual([])
  })
})

describe.skipIf(!HAS_SHARED_DATA)('sample content against the CMS files', () => {
  let feeSchedule: Map<string, FeeScheduleRow>
  let descriptors: Map<string, string>

  beforeAll(async () => {
    feeSchedule = readFeeScheduleCsv(await readGzip(PPRRVU_FILE, 'latin1'))
    descriptors = hcpcsShortDescriptors(
      readHcpcsShortDescriptors(await readGzip(HCPCS_FILE, 'latin1')),
      await readFixtureFeeSchedules(),
      feeSchedule,
    )
  })

  it('uses CMS short descriptors as HCPCS titles', () => {
    const hcpcs = entries.filter((entry) => entry.codeSystem === 'hcpcs-level-2')
    const listed = hcpcs.filter((entry) => descriptors.has(entry.code))

    expect(listed.length).toBeGreaterThan(0)
    for (const entry of listed) expect(entry.title, entry.code).toBe(descriptors.get(entry.code))
  })

  it('keeps AMA descriptors out of CPT entries', () => {
    const cpt = entries.filter((entry) => entry.codeSystem !== 'hcpcs-level-2')

    expect(cpt.length).toBeGreaterThan(0)
    for (const entry of cpt) {
      const amaDescriptor = (feeSchedule.get(`${entry.code}|`)?.DESCRIPTION ?? '').toLowerCase()
      if (amaDescriptor === '') continue

      expect(entry.title.toLowerCase(), entry.code).not.toBe(amaDescriptor)
      expect(JSON.stringify(entry).toLowerCase(), entry.code).not.toContain(amaDescriptor)
    }
  })

  it('copies RVU data from fee schedule rows', () => {
    for (const entry of entries) {
      const global = feeSchedule.get(`${entry.code}|`)
      if (global === undefined) {
        expect(entry.rvu, entry.code).toBeNull()
        continue
      }

      const professional = feeSchedule.get(`${entry.code}|26`)
      const technical = feeSchedule.get(`${entry.code}|TC`)
      expect(entry.rvu?.release, entry.code).toBe(PPRRVU_RELEASE)
      expect(entry.rvu?.sourceFile, entry.code).toBe(PPRRVU_SOURCE_FILE)
      expect(entry.rvu?.global, entry.code).toEqual(rvuValuesOf(global))
      expect(entry.rvu?.professional, entry.code).toEqual(
        professional === undefined ? null : rvuValuesOf(professional),
      )
      expect(entry.rvu?.technical, entry.code).toEqual(
        technical === undefined ? null : rvuValuesOf(technical),
      )
    }
  })
})
