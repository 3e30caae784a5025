import { writeFileSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import { dispatchApiCall } from '../../src/shared/api/dispatch'
import { stringifyCanonical } from '../../src/storage/files/canonicalJson'
import { ContentFolder } from '../../src/storage/folder/ContentFolder'
import { createContentService } from '../../src/storage/service/createContentService'
import { makeEntry } from '../helpers/entryFactory'
import { makeTempFolder } from '../helpers/tempFolder'
import { approvedEntry, openFolderWith } from './bundleTestFolder'

const fixturesDir = join(import.meta.dirname, '..', 'fixtures', 'import')
const cleanUps: Array<() => Promise<void>> = []

afterEach(async () => {
  for (const cleanUp of cleanUps.splice(0)) await cleanUp()
})

async function setUp() {
  const opened = await openFolderWith([approvedEntry('M1420'), makeEntry('M1421')])
  const out = await makeTempFolder('codedesk-service-')
  cleanUps.push(opened.cleanUp, out.remove)
  const service = createContentService(opened.folder)

  return { ...opened, service, outRoot: out.path }
}

/** Writes `count` approved M-code entries as files, faster than saving them one by one. */
async function writeApprovedEntries(folder: string, count: number): Promise<void> {
  await mkdir(join(folder, 'entries'), { recursive: true })
  for (let index = 0; index < count; index++) {
    const code = `M${String(index).padStart(4, '0')}`
    writeFileSync(join(folder, 'entries', `${code}.json`), stringifyCanonical(approvedEntry(code)))
  }
}

describe('publishing methods', () => {
  it('answer progress requests while an export runs', async () => {
    const empty = await openFolderWith([])
    await empty.folder.close()
    cleanUps.push(empty.cleanUp)
    await writeApprovedEntries(empty.path, 600)
    const folder = await ContentFolder.open(empty.path, { app: 'test' })
    cleanUps.push(() => folder.close())
    const service = createContentService(folder)
    const out = await makeTempFolder('codedesk-service-')
    cleanUps.push(out.remove)

    let finished = false
    const running = service
      .exportBundle({ target: 'json', outDir: join(out.path, 'bundle') })
      .finally(() => (finished = true))
    const seen: string[] = []
    while (!finished) {
      // A timer fires only when the export lets the event loop run.
      await new Promise((resolve) => setTimeout(resolve, 0))
      const progress = await service.getTaskProgress({ task: 'export' })
      if (progress.ok && progress.value !== null) {
        seen.push(`${progress.value.phase} ${progress.value.done}/${progress.value.total}`)
      }
    }
    const result = await running

    expect(result.ok).toBe(true)
    expect(seen.some((line) => /^reading [1-5]\d\d\/600$/.test(line))).toBe(true)
  })

  it('export through the API and report no task afterwards', async () => {
    const { service, outRoot } = await setUp()

    const result = await dispatchApiCall(service, 'exportBundle', {
      target: 'json',
      outDir: join(outRoot, 'bundle'),
    })
    const progress = await service.getTaskProgress({ task: 'export' })

    if (!result.ok) throw new Error(result.error.message)
    expect((result.value as { exported: number }).exported).toBe(1)
    expect(progress).toEqual({ ok: true, value: null })
  })

  it('preview an import without writing it', async () => {
    const { service, folder } = await setUp()

    const preview = await service.previewImport({
      kind: 'rvu',
      path: join(fixturesDir, 'PPRRVU2025_Oct_hcpcs.csv'),
    })

    if (!preview.ok) throw new Error(preview.error.message)
    expect(preview.value.changes.find((change) => change.code === 'M1420')?.kind).toBe('update')
    expect((await folder.read('M1420')).rvu).toBeNull()
  })

  it('apply an import and reload the fee schedule', async () => {
    const { service, folder } = await setUp()

    const applied = await service.applyImport({
      kind: 'rvu',
      path: join(fixturesDir, 'PPRRVU2025_Oct_hcpcs.csv'),
    })

    if (!applied.ok) throw new Error(applied.error.message)
    expect(applied.value.applied).toBe(2)
    expect((await folder.read('M1421')).rvu?.release).toBe('RVU25D')
    expect(service.context.validator.context().folder.feeScheduleCodes?.has('G0130')).toBe(true)
  })

  it('reject an invalid release in a request', async () => {
    const { service } = await setUp()

    const result = await dispatchApiCall(service, 'previewImport', {
      kind: 'rvu',
      path: '/tmp/file.csv',
      release: 'October',
    })

    if (result.ok) throw new Error('Expected the request to be rejected')
    expect(result.error.code).toBe('invalid-argument')
  })

  it('return a missing file as not-found', async () => {
    const { service } = await setUp()

    const result = await service.previewImport({ kind: 'hcpcs', path: '/nonexistent/HCPC.txt' })

    if (result.ok) throw new Error('Expected a missing file to fail')
    expect(result.error.code).toBe('not-found')
  })
})
