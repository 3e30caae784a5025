import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'

import { describe, expect, it } from 'vitest'

import { parseHcpcsFile } from '../../src/storage/import/hcpcs/parseHcpcsFile'
import { decodeText } from '../../src/storage/import/readImportFile'
import { readPprrvuFile } from '../../src/storage/import/rvu/readPprrvuFile'
import { sharedDataDir } from './importFolder'

// CMS's full files contain AMA CPT descriptors, so they are read from the shared data folder
// beside the repository and never copied into it.
const pprrvuDir = join(sharedDataDir, 'pprrvu')

describe('full CMS files', () => {
  it('parses every row of the 2025 PPRRVU CSV and TXT alike', async () => {
    const csv = await readPprrvuFile(join(pprrvuDir, 'PPRRVU2025_Oct.csv.gz'))
    const text = await readPprrvuFile(join(pprrvuDir, 'PPRRVU2025_Oct.txt.gz'))

    expect(csv.rowProblems).toEqual([])
    expect(text.rowProblems).toEqual([])
    expect(csv.rows).toHaveLength(19_090)
    expect(text.rows).toHaveLength(19_090)
    expect(csv.release).toBe('RVU25D')
    expect(text.release).toBe('RVU25D')

    const textByKey = new Map(text.rows.map((row) => [`${row.hcpcs} ${row.modifier}`, row.values]))
    let compared = 0
    for (const row of csv.rows) {
      const key = `${row.hcpcs} ${row.modifier}`
      const fromText = textByKey.get(key)
      if (JSON.stringify(fromText) !== JSON.stringify(row.values)) {
        expect(fromText, key).toEqual(row.values)
      }
      compared++
    }
    expect(compared).toBe(textByKey.size)
  })

  it('parses the 2020 HCPCS file with continuations joined', async () => {
    const bytes = gunzipSync(
      await readFile(join(sharedDataDir, 'hcpcs', 'HCPC2020_ANWEB_w_disclaimer.txt.gz')),
    )
    const lines = decodeText(bytes).split(/\r?\n/)
    const { rows, rowProblems } = parseHcpcsFile(lines.join('\n'))
    const continuations = lines.filter((line) => /^.{10}[48]/.test(line)).length
    const firstRecords = lines.filter((line) => /^.{10}[37]/.test(line)).length

    expect(rowProblems).toEqual([])
    expect(rows).toHaveLength(firstRecords)
    expect(continuations).toBeGreaterThan(0)
    // Every continuation record adds its words to a long description, so no text is lost.
    const countWords = (text: string) => text.split(/\s+/).filter((word) => word !== '').length
    const joinedWords = rows.reduce((sum, row) => sum + countWords(row.longDescription), 0)
    const sourceWords = lines
      .filter((line) => /^.{10}[3478]/.test(line))
      .reduce((sum, line) => sum + countWords(line.slice(11, 91)), 0)
    expect(joinedWords).toBe(sourceWords)
  })
})
