import { readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import type { Entry, Workflow } from '../../src/shared/model/entry'
import { validateEntry } from '../../src/shared/validation/validateEntry'
import { hasSameValidatedText } from '../../src/storage/export/buildExportedCode'
import { exportBundle } from '../../src/storage/export/exportBundle'
import type { ExportWorkers } from '../../src/storage/export/exportWorkers'
import { ContentFolder } from '../../src/storage/folder/ContentFolder'
import { createLogger } from '../../src/storage/logger'
import { ProfileStore } from '../../src/storage/profile/ProfileStore'
import { createContentService } from '../../src/storage/service/createContentService'
import { FolderValidator } from '../../src/storage/validation/FolderValidator'
import { twoSourceExportWorkers } from '../helpers/sourceExportWorkers'
import { copyContentFolder, makeTempFolder } from '../helpers/tempFolder'
import { readTree } from './bundleTestFolder'

const NOW = new Date('2026-03-01T12:00:00Z')
const cleanUps: Array<() => Promise<void>> = []
const quiet = createLogger('test')
quiet.warn = () => undefined

afterEach(async () => {
  for (const cleanUp of cleanUps.splice(0)) await cleanUp()
})

/** Opens a copy of the sample folder through the service and waits for its validation pass. */
async function validatedSample() {
  const temp = await copyContentFolder()
  cleanUps.push(temp.remove)
  const folder = await ContentFolder.open(temp.path, { app: 'test' })
  cleanUps.push(() => folder.close())
  const profiles = new ProfileStore(join(temp.path, '..', `${temp.path}-profile.json`))
  const service = createContentService(folder, { profiles, log: quiet, exportWorkers: null })
  await service.context.validator.whenIdle()
  const approved = folder.codes().filter((code) => folder.summary(code)?.status === 'approved')

  return { folder, path: temp.path, validator: service.context.validator, approved }
}

async function exportTo(
  folder: ContentFolder,
  validator: FolderValidator,
  exportWorkers: ExportWorkers | null,
) {
  const out = await makeTempFolder('codedesk-bundle-')
  cleanUps.push(out.remove)
  const outDir = join(out.path, 'bundle')
  const summary = await exportBundle(folder, {
    target: 'json',
    outDir,
    now: NOW,
    actor: 'Pat Publisher',
    validator,
    workers: exportWorkers,
    minEntriesForWorkers: 1,
    log: quiet,
    markPublished: false,
  })

  return {
    summary: { ...summary, outDir: '' },
    bundle: summary.blocked ? null : await readTree(outDir),
  }
}

describe('hasSameValidatedText', () => {
  it('holds only when validation cannot tell the two entries apart', async () => {
    const { folder, validator, approved } = await validatedSample()
    const context = validator.context()
    const statuses: Array<Workflow['status']> = [
      'in-review',
      'changes-requested',
      'approved',
      'published',
    ]

    for (const code of approved) {
      const entry = await folder.read(code)
      for (const [index, status] of statuses.entries()) {
        const variant: Entry = {
          ...entry,
          workflow: {
            status,
            revision: entry.workflow.revision + index + 1,
            approvedRevision: index,
            publishedVersion: index % 2 === 0 ? null : 'abcdef123456',
          },
          meta: {
            createdAt: '2020-01-01T00:00:00.000Z',
            createdBy: `Someone ${index}`,
            updatedAt: '2030-01-01T00:00:00.000Z',
            updatedBy: `Someone else ${index}`,
          },
        }

        expect(hasSameValidatedText(variant, entry)).toBe(true)
        expect(validateEntry(variant, context)).toEqual(validateEntry(entry, context))
      }
      const draft: Entry = { ...entry, workflow: { ...entry.workflow, status: 'draft' } }
      expect(hasSameValidatedText(draft, entry)).toBe(false)
      expect(hasSameValidatedText({ ...entry, title: `${entry.title}.` }, entry)).toBe(false)
    }
  })
})

describe.each([
  ['on the main thread', () => null],
  ['in workers', twoSourceExportWorkers],
])('export after background validation, %s', (_label, exportWorkers) => {
  it('writes the bundle a fresh validator gives', async () => {
    const { folder, validator, approved } = await validatedSample()
    expect(approved.length).toBeGreaterThan(3)
    expect(approved.every((code) => validator.errorFreeStamp(code) !== null)).toBe(true)

    const afterPass = await exportTo(folder, validator, exportWorkers())
    const fresh = new FolderValidator(folder, { log: quiet })
    await fresh.loadFeeSchedule()

    expect(afterPass.summary.blocked).toBe(false)
    expect(afterPass).toEqual(await exportTo(folder, fresh, exportWorkers()))
  })

  it('still blocks on an error written to a file after the pass', async () => {
    const { folder, validator, approved } = await validatedSample()
    const [code] = approved
    if (code === undefined) throw new Error('the sample folder has no approved entry')
    expect(validator.errorFreeStamp(code)).not.toBeNull()
    const path = folder.entryPath(code)
    const entry = JSON.parse(await readFile(path, 'utf8')) as Entry
    await writeFile(path, JSON.stringify({ ...entry, title: '' }, null, 2))
    // Without a snapshot, the current entry is the approved text.
    await rm(join(folder.folder, 'history', `${code}.json`), { force: true })

    const { summary } = await exportTo(folder, validator, exportWorkers())

    expect(summary.blocked).toBe(true)
    expect(summary.problems.map((problem) => [problem.code, problem.field])).toContainEqual([
      code,
      'title',
    ])
  })

  it('still blocks on an error in the approved snapshot of a valid entry', async () => {
    const { folder, validator, approved } = await validatedSample()
    const code = approved.find((candidate) => folder.summary(candidate)?.errorCount === 0)
    if (code === undefined)
      throw new Error('the sample folder has no approved entry without errors')
    const historyPath = join(folder.folder, 'history', `${code}.json`)
    const history = JSON.parse(await readFile(historyPath, 'utf8')) as {
      revisions: Array<{ revision: number; entry: Entry }>
    }
    const { approvedRevision } = (await folder.read(code)).workflow
    const snapshot = history.revisions.find((candidate) => candidate.revision === approvedRevision)
    if (snapshot === undefined) throw new Error(`${code} has no snapshot of its approved revision`)
    snapshot.entry.title = ''
    await writeFile(historyPath, JSON.stringify(history, null, 2))

    const { summary } = await exportTo(folder, validator, exportWorkers())

    expect(summary.blocked).toBe(true)
    expect(summary.problems.map((problem) => [problem.code, problem.field])).toContainEqual([
      code,
      'title',
    ])
  })
})
