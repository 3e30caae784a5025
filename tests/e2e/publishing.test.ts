import { access, readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import { approvedEntry, openFolderWith } from '../export/bundleTestFolder'
import { makeEntry } from '../helpers/entryFactory'
import { makeTempFolder } from '../helpers/tempFolder'
import { type AppHarness, launchApp } from './harness'

const fixturesDir = join(import.meta.dirname, '..', 'fixtures', 'import')
const cleanUps: Array<() => Promise<void>> = []
let app: AppHarness | null = null

afterEach(async () => {
  await app?.close()
  app = null
  for (const cleanUp of cleanUps.splice(0)) await cleanUp()
})

/** Starts the app on a folder of two approved entries and one draft. */
async function launchOnFolder(
  entries = [approvedEntry('M1420'), approvedEntry('M1421'), makeEntry('M1422')],
) {
  const source = await openFolderWith(entries)
  await source.folder.close()
  cleanUps.push(source.cleanUp)
  app = await launchApp({
    contentSource: source.path,
    profile: { name: 'Pat Publisher', role: 'both' },
  })
  await app.page
    .getByRole('navigation', { name: 'Screens' })
    .getByRole('button', { name: 'Publish', exact: true })
    .click()

  return app
}

describe('publish screen', () => {
  it('exports from the form and shows the summary', async () => {
    const { page, contentDir } = await launchOnFolder()
    const out = await makeTempFolder('codedesk-e2e-bundle-')
    cleanUps.push(out.remove)
    const outDir = join(out.path, 'site')

    await page.getByLabel('Destination folder').fill(outDir)
    await page.getByRole('button', { name: 'Export', exact: true }).click()
    const summary = page.getByRole('region', { name: 'Export summary' })
    await summary.getByText(/Exported 2 entries as version [0-9a-f]{12}/).waitFor()
    await app?.screenshot('publish-export-summary')

    expect(await summary.getByText(/1 entries were not approved/).count()).toBe(1)
    expect(await summary.getByText(outDir).count()).toBe(1)
    expect((await readdir(join(outDir, 'codes'))).sort()).toEqual(['M1420.json', 'M1421.json'])
    await access(join(outDir, 'manifest.json'))
    await access(join(contentDir, 'history', 'M1420.json'))
    expect(app?.consoleErrors).toEqual([])
  })

  it('lists the problems of a blocked export', async () => {
    const { page } = await launchOnFolder([
      approvedEntry('M1420', { category: 'no-such-category' }),
    ])
    const out = await makeTempFolder('codedesk-e2e-bundle-')
    cleanUps.push(out.remove)

    await page.getByLabel('Destination folder').fill(join(out.path, 'site'))
    await page.getByRole('button', { name: 'Export', exact: true }).click()
    const summary = page.getByRole('region', { name: 'Export summary' })
    await summary.getByText(/Export blocked by \d+ errors/).waitFor()

    expect(
      await summary.getByText("category: 'no-such-category' is not in the taxonomy").count(),
    ).toBe(1)
    expect(await readdir(out.path)).toEqual([])
  })

  it('previews an RVU import and applies it', async () => {
    const { page, contentDir } = await launchOnFolder()

    await page.getByLabel('File (.gz accepted)').fill(join(fixturesDir, 'PPRRVU2025_Oct_hcpcs.csv'))
    await page.getByRole('button', { name: 'Preview' }).click()
    const preview = page.getByRole('region', { name: 'Import changes' })
    await preview.getByRole('button', { name: 'Updated entries: 2' }).waitFor()
    await app?.screenshot('publish-import-preview')

    expect(
      await preview.getByText('PPRRVU2025_Oct_hcpcs.csv (RVU25D)', { exact: false }).count(),
    ).toBe(1)
    await preview.getByRole('button', { name: /Codes without an entry/ }).click()
    expect(await preview.getByRole('rowheader', { name: 'G2211' }).count()).toBe(1)

    await page.getByRole('button', { name: 'Apply' }).click()
    await page.getByText(/2 entries written, 0 rows could not be read/).waitFor()
    const entry = JSON.parse(await readFile(join(contentDir, 'entries', 'M1420.json'), 'utf8')) as {
      rvu: { release: string } | null
    }
    expect(entry.rvu?.release).toBe('RVU25D')
  })
})
