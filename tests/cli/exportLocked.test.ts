import { access, readFile } from 'node:fs/promises'
import { join } from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import type { ContentFolder } from '../../src/storage/folder/ContentFolder'
import { approvedEntry, openFolderWith } from '../export/bundleTestFolder'
import { runCli } from '../helpers/runCli'

let content: string
let app: ContentFolder
let cleanUp: () => Promise<void>

beforeEach(async () => {
  // The test plays the app, which opens the folder, takes its lock and keeps it open.
  const opened = await openFolderWith([approvedEntry('M1440')])
  content = opened.path
  app = opened.folder
  cleanUp = opened.cleanUp
})

afterEach(async () => {
  await cleanUp()
})

async function run(args: string[]) {
  return runCli(['export', ...args])
}

describe('codedesk export on a locked folder', () => {
  it('exports nothing and exits 2', async () => {
    const outDir = join(content, 'bundle')

    const result = await run(['--content', content, '--out', outDir])
    const entry = JSON.parse(await readFile(join(content, 'entries', 'M1440.json'), 'utf8')) as {
      workflow: { status: string; publishedVersion: string | null }
    }

    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toContain('is being written by test')
    expect(result.stderr).toContain('Nothing was exported')
    await expect(access(outDir)).rejects.toMatchObject({ code: 'ENOENT' })
    expect(entry.workflow).toMatchObject({ status: 'approved', publishedVersion: null })
  })

  it('exports once the app has closed the folder', async () => {
    await app.close()
    const outDir = join(content, 'bundle')

    const result = await run(['--content', content, '--out', outDir])
    const entry = JSON.parse(await readFile(join(content, 'entries', 'M1440.json'), 'utf8')) as {
      workflow: { status: string }
    }

    expect(result.code).toBe(0)
    expect(entry.workflow.status).toBe('published')
  })
})
