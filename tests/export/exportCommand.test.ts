import { readdir } from 'node:fs/promises'
import { join } from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import type { Entry } from '../../src/shared/model/entry'
import { makeEntry } from '../helpers/entryFactory'
import { runCli } from '../helpers/runCli'
import { makeTempFolder } from '../helpers/tempFolder'
import { approvedEntry, openFolderWith } from './bundleTestFolder'

const cleanUps: Array<() => Promise<void>> = []

afterEach(async () => {
  for (const cleanUp of cleanUps.splice(0)) await cleanUp()
})

async function contentFolder(entries: readonly Entry[]): Promise<string> {
  const opened = await openFolderWith(entries)
  // The CLI takes the folder's lock itself, so the test's handle is closed first.
  await opened.folder.close()
  cleanUps.push(opened.cleanUp)

  return opened.path
}

async function run(args: string[]) {
  return runCli(['export', ...args])
}

describe('codedesk export', () => {
  it('exports and exits 0', async () => {
    const content = await contentFolder([approvedEntry('M1440'), makeEntry('M1441')])
    const out = await makeTempFolder('codedesk-cli-')
    cleanUps.push(out.remove)
    const outDir = join(out.path, 'bundle')

    const result = await run(['--content', content, '--out', outDir])

    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(
      /^Exported 1 entries \(json\) to .* as version [0-9a-f]{12}; 1 entries/,
    )
    expect((await readdir(join(outDir, 'codes'))).sort()).toEqual(['M1440.json'])
  })

  it('writes Markdown with --target markdown', async () => {
    const content = await contentFolder([approvedEntry('M1440')])
    const out = await makeTempFolder('codedesk-cli-')
    cleanUps.push(out.remove)

    const result = await run(['--content', content, '--out', out.path, '--target', 'markdown'])

    expect(result.code).toBe(0)
    expect(await readdir(join(out.path, 'codes'))).toEqual(['M1440.md'])
  })

  it('exits 1 and lists problems when blocked', async () => {
    const content = await contentFolder([approvedEntry('M1440', { category: 'no-such-category' })])
    const out = await makeTempFolder('codedesk-cli-')
    cleanUps.push(out.remove)
    const outDir = join(out.path, 'bundle')

    const result = await run(['--content', content, '--out', outDir])

    expect(result.code).toBe(1)
    expect(result.stdout).toContain('entries/M1440.json: category: error:')
    expect(result.stdout).toContain('Export blocked by')
    expect(await readdir(out.path)).toEqual([])
  })

  it('exits 2 without --out', async () => {
    const result = await run([])

    expect(result.code).toBe(2)
    expect(result.stderr).toContain('Missing --out')
  })

  it('exits 2 on an unknown target', async () => {
    const result = await run(['--out', '/tmp/x', '--target', 'html'])

    expect(result.code).toBe(2)
    expect(result.stderr).toContain("Invalid --target 'html'")
  })
})
