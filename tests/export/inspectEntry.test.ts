import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import type { Entry } from '../../src/shared/model/entry'
import { exportBundle } from '../../src/storage/export/exportBundle'
import { inspectEntrySync } from '../../src/storage/export/readEntrySync'
import { stringifyCanonical } from '../../src/storage/files/canonicalJson'
import { ContentFolder } from '../../src/storage/folder/ContentFolder'
import { makeTempFolder } from '../helpers/tempFolder'
import { approvedEntry, openFolderWith } from './bundleTestFolder'

const cleanUps: Array<() => Promise<void>> = []

afterEach(async () => {
  for (const cleanUp of cleanUps.splice(0)) await cleanUp()
})

/** Writes the entries, then reopens the folder so that it loads them from their files. */
async function reopenedWith(entries: readonly Entry[], edit?: (path: string) => Promise<void>) {
  const opened = await openFolderWith(entries)
  cleanUps.push(opened.cleanUp)
  await opened.folder.close()
  await edit?.(opened.path)
  const folder = await ContentFolder.open(opened.path, { app: 'inspect test' })
  cleanUps.push(() => folder.close())

  return { folder, path: opened.path }
}

describe('inspectEntrySync', () => {
  it('skips the schema for a file unchanged since open', async () => {
    const { folder } = await reopenedWith([approvedEntry('M1440')])

    const inspected = inspectEntrySync(folder, 'M1440')

    expect(inspected.checked).toBe(false)
    expect(inspected.entry).toEqual(await folder.read('M1440'))
  })

  it('checks a file changed since open', async () => {
    const { folder, path } = await reopenedWith([approvedEntry('M1440')])
    const file = join(path, 'entries', 'M1440.json')
    await writeFile(file, (await readFile(file, 'utf8')).replace('Title of', 'New title of'))

    const inspected = inspectEntrySync(folder, 'M1440')

    expect(inspected.checked).toBe(true)
    expect(inspected.entry.title).toBe('New title of M1440')
  })

  it('checks a file whose code restoring would change', async () => {
    const { folder } = await reopenedWith([approvedEntry('M1440')], async (path) => {
      const file = join(path, 'entries', 'M1440.json')
      await writeFile(file, (await readFile(file, 'utf8')).replace('"M1440"', '"m1440"'))
    })

    const inspected = inspectEntrySync(folder, 'M1440')

    expect(inspected.checked).toBe(true)
    expect(inspected.entry.code).toBe('M1440')
  })
})

describe('exportBundle on files in another key order', () => {
  it('publishes them in schema key order', async () => {
    const { folder, path } = await reopenedWith([approvedEntry('M1440')], async (root) => {
      const file = join(root, 'entries', 'M1440.json')
      const reversed = Object.fromEntries(
        Object.entries(JSON.parse(await readFile(file, 'utf8')) as object).reverse(),
      )
      await writeFile(file, stringifyCanonical(reversed))
    })
    const out = await makeTempFolder('codedesk-inspect-bundle-')
    cleanUps.push(out.remove)

    const summary = await exportBundle(folder, { target: 'json', outDir: join(out.path, 'b') })
    const text = await readFile(join(path, 'entries', 'M1440.json'), 'utf8')

    expect(summary.exported).toBe(1)
    expect(text).toBe(stringifyCanonical(await folder.read('M1440')))
    expect(text.split('\n')[1]).toBe('  "code": "M1440",')
    expect(JSON.parse(text)).toMatchObject({ workflow: { status: 'published' } })
  })
})
