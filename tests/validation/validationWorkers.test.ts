import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { docFromParagraphs } from '../../src/shared/model/richText'
import { ContentFolder } from '../../src/storage/folder/ContentFolder'
import { createLogger } from '../../src/storage/logger'
import { ProfileStore } from '../../src/storage/profile/ProfileStore'
import { createContentService } from '../../src/storage/service/createContentService'
import { FolderValidator } from '../../src/storage/validation/FolderValidator'
import {
  sourceValidationWorkers,
  type ValidationWorkers,
} from '../../src/storage/validation/validateInWorkers'
import { makeEntry } from '../helpers/entryFactory'
import { copyContentFolder } from '../helpers/tempFolder'

const quiet = createLogger('test')
quiet.warn = () => undefined

let temp: { path: string; remove: () => Promise<void> }
let folder: ContentFolder

function sourceWorkers(threads = 2): ValidationWorkers {
  const workers = sourceValidationWorkers()
  if (workers === null) throw new Error('the worker source is missing beside validateInWorkers.ts')
  return { ...workers, threads }
}

// Entries with known problems beside the sample's, so that a lost result changes the outcome.
async function addFaultyEntries(): Promise<void> {
  const faulty = [
    makeEntry('G0001', { title: 'A title far longer than a page has room for', synonyms: ['x'] }),
    makeEntry('G0002', { synonyms: ['same words', 'Same  Words'] }),
    makeEntry('G0003', {
      synonyms: ['own words'],
      clinicalContext: docFromParagraphs(['Often billed with G9977, which has no page.']),
    }),
  ]
  for (const entry of faulty) {
    await writeFile(join(temp.path, 'entries', `${entry.code}.json`), JSON.stringify(entry))
  }
}

async function validateWith(workers: ValidationWorkers | null) {
  const validator = new FolderValidator(folder, { workers, minEntriesForWorkers: 1, log: quiet })
  await validator.loadFeeSchedule()
  return validator.validateAll()
}

beforeEach(async () => {
  temp = await copyContentFolder()
  await addFaultyEntries()
  folder = await ContentFolder.open(temp.path, { app: 'test' })
})

afterEach(async () => {
  await folder.close()
  await temp.remove()
})

describe('validation workers', () => {
  it('match the problems found on the main thread', async () => {
    const onMainThread = await validateWith(null)
    const inWorkers = await validateWith(sourceWorkers())

    expect(onMainThread.counts.error).toBeGreaterThan(0)
    expect(onMainThread.problems.map((problem) => problem.code)).toContain('G0003')
    expect(inWorkers).toEqual(onMainThread)
  })

  it('record problem counts in summaries', async () => {
    const { problems } = await validateWith(sourceWorkers())

    for (const code of ['G0001', 'G0002', 'G0003', 'M1440']) {
      const own = problems.filter((problem) => problem.code === code)
      expect(folder.summary(code)).toMatchObject({
        errorCount: own.filter((problem) => problem.severity === 'error').length,
        warningCount: own.filter((problem) => problem.severity === 'warning').length,
      })
    }
    expect(folder.summary('G0001')?.errorCount).toBeGreaterThan(0)
  })

  it('record mentions that trigger re-validation', async () => {
    const profiles = new ProfileStore(join(temp.path, '..', `${temp.path}-profile.json`))
    const api = createContentService(folder, {
      profiles,
      log: quiet,
      validationWorkers: sourceWorkers(),
    })
    // The service's background pass stays on the main thread below 1,000 entries. This pass runs
    // in the workers, so the mention of G9977 is recorded only from their results.
    await api.context.validator.whenIdle()
    const validator = new FolderValidator(folder, {
      workers: sourceWorkers(),
      minEntriesForWorkers: 1,
      log: quiet,
    })
    await validator.validateAll()
    const before = folder.summary('G0003')?.warningCount ?? 0

    const created = await folder.create('G9977', 'Mentioned code', 'test writer')
    validator.entrySaved(created)
    await validator.whenIdle()

    expect(folder.summary('G0003')?.warningCount).toBe(before - 1)
  })

  it('fall back when the script fails to load', async () => {
    const broken = join(temp.path, 'broken-worker.mjs')
    await writeFile(broken, "throw new Error('this worker is broken on purpose')\n")

    expect(await validateWith({ script: broken, threads: 2 })).toEqual(await validateWith(null))
  })

  it('fall back when a worker exits mid-batch', async () => {
    const quitter = join(temp.path, 'quitting-worker.mjs')
    await writeFile(
      quitter,
      "import { parentPort } from 'node:worker_threads'\nparentPort.on('message', () => process.exit(0))\n",
    )

    expect(await validateWith({ script: quitter, threads: 2 })).toEqual(await validateWith(null))
  })

  it('report a file broken after open', async () => {
    const path = folder.entryPath('M1440')
    await writeFile(path, '{"code": "M1440", ')
    const onMainThread = await validateWith(null)

    const inWorkers = await validateWith(sourceWorkers())

    expect(inWorkers).toEqual(onMainThread)
    expect(inWorkers.problems.some((problem) => problem.code === 'G0001')).toBe(true)
    expect(inWorkers.problems.some((problem) => problem.code === 'M1440')).toBe(false)
    expect(inWorkers.fileProblems.map((problem) => problem.path)).toContain(path)
    expect(await readFile(path, 'utf8')).toBe('{"code": "M1440", ')
  })
})
