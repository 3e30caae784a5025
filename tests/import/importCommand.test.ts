import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import { openFolderWith } from '../export/bundleTestFolder'
import { makeEntry } from '../helpers/entryFactory'
import { runCli } from '../helpers/runCli'
import { fixturesDir } from './importFolder'

const csvFixture = join(fixturesDir, 'PPRRVU2025_Oct_hcpcs.csv')
const cleanUps: Array<() => Promise<void>> = []

afterEach(async () => {
  for (const cleanUp of cleanUps.splice(0)) await cleanUp()
})

async function contentFolder(): Promise<string> {
  const opened = await openFolderWith([
    makeEntry('M1420'),
    makeEntry('G0130', { category: 'hcpcs-g' }),
    makeEntry('M1440'),
  ])
  // The CLI takes the folder's lock itself, so the test's handle is closed first.
  await opened.folder.close()
  cleanUps.push(opened.cleanUp)

  return opened.path
}

async function run(args: string[]) {
  return runCli(['import', ...args])
}

describe('codedesk import', () => {
  it('lists changes on a dry run and writes nothing', async () => {
    const content = await contentFolder()
    const before = await readFile(join(content, 'entries', 'G0130.json'), 'utf8')

    const result = await run(['rvu', csvFixture, '--content', content, '--dry-run'])

    expect(result.code).toBe(0)
    expect(result.stdout).toContain('G0130: update: RVU data added from RVU25D')
    expect(result.stdout).not.toContain('G2211: no-entry')
    expect(result.stdout).not.toContain('M1440: not-listed')
    expect(result.stdout).toMatch(
      /2 update, 16 no-entry, 1 not-listed; 0 rows could not be read\. Dry run/,
    )
    expect(await readFile(join(content, 'entries', 'G0130.json'), 'utf8')).toBe(before)
  })

  it('imports and lists every code with --all', async () => {
    const content = await contentFolder()

    const result = await run(['rvu', csvFixture, '--content', content, '--all'])
    const entry = JSON.parse(await readFile(join(content, 'entries', 'G0130.json'), 'utf8')) as {
      rvu: { release: string } | null
    }

    expect(result.code).toBe(0)
    expect(result.stdout).toContain('G2211: no-entry: no entry (status A)')
    expect(result.stdout).toContain('M1440: not-listed: not listed in RVU25D')
    expect(result.stdout).toContain('2 entries written.')
    expect(entry.rvu?.release).toBe('RVU25D')
  })

  it('exits 1 when rows cannot be read', async () => {
    const content = await contentFolder()
    const broken = join(content, 'PPRRVU2025_Oct.csv')
    const text = await readFile(csvFixture, 'utf8')
    await writeFile(broken, text.replace('G0130,,', 'G01?0,,'))

    const result = await run(['rvu', broken, '--content', content])

    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/PPRRVU2025_Oct\.csv:\d+: error: HCPCS code 'G01\?0'/)
  })

  it('creates HCPCS drafts', async () => {
    const content = await contentFolder()

    const result = await run([
      'hcpcs',
      join(fixturesDir, 'HCPC2020_ANWEB_slice.txt'),
      '--content',
      content,
    ])

    expect(result.code).toBe(0)
    expect(result.stdout).toContain('J0130: create: new draft titled "Abciximab injection"')
    expect(result.stdout).toContain('M1000: terminated:')
  })

  it('exits 2 on an unknown kind', async () => {
    const result = await run(['xlsx', 'file.xlsx'])

    expect(result.code).toBe(2)
    expect(result.stderr).toContain("unknown import kind 'xlsx'")
  })
})
