import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { join } from 'node:path'

import { resolveConfig } from 'electron-vite'
import { build } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { exportBundle } from '../../src/storage/export/exportBundle'
import type { ExportWorkers } from '../../src/storage/export/exportWorkers'
import { ContentFolder } from '../../src/storage/folder/ContentFolder'
import { createLogger } from '../../src/storage/logger'
import { FolderValidator } from '../../src/storage/validation/FolderValidator'
import type { ValidationWorkers } from '../../src/storage/validation/validateInWorkers'
import { readTree } from '../export/bundleTestFolder'
import { copyContentFolder, makeTempFolder } from '../helpers/tempFolder'

const REPO_ROOT = join(import.meta.dirname, '..', '..')

let outDir: string
let content: { path: string; remove: () => Promise<void> }

/**
 * Builds the main process with the project's electron-vite config into a folder inside the
 * repository, where the build's imports of npm packages resolve as they do from out/main.
 */
async function buildMain(target: string): Promise<void> {
  const resolved = await resolveConfig(
    { root: REPO_ROOT, logLevel: 'silent' },
    'build',
    'production',
  )
  const main = resolved.config?.main
  if (main === undefined) throw new Error('electron.vite.config.ts has no main section')

  await build({ ...main, build: { ...main.build, outDir: target, emptyOutDir: true } })
}

beforeAll(async () => {
  await mkdir(join(REPO_ROOT, 'out'), { recursive: true })
  outDir = await mkdtemp(join(REPO_ROOT, 'out', 'test-main-'))
  await buildMain(outDir)
  content = await copyContentFolder()
}, 120_000)

afterAll(async () => {
  await rm(outDir, { recursive: true, force: true })
  await content.remove()
})

describe('main build', () => {
  it('emits a working validation worker', async () => {
    const folder = await ContentFolder.open(content.path, { app: 'test' })
    const log = createLogger('test')
    const run = async (workers: ValidationWorkers | null) => {
      const validator = new FolderValidator(folder, { workers, minEntriesForWorkers: 1, log })
      await validator.loadFeeSchedule()
      return validator.validateAll()
    }

    try {
      const onMainThread = await run(null)
      // A worker that failed to load would fall back to the main thread and hide the failure.
      log.warn = (message) => {
        throw new Error(`the built worker failed: ${message}`)
      }
      const built = await run({ script: join(outDir, 'validationWorker.js'), threads: 2 })

      expect(onMainThread.problems.length).toBeGreaterThan(0)
      expect(built).toEqual(onMainThread)
    } finally {
      await folder.close()
    }
  })

  it('emits a working export worker', async () => {
    const log = createLogger('test')
    // A worker that failed to load would fall back to the main thread and hide the failure.
    log.warn = (message) => {
      throw new Error(`the built worker failed: ${message}`)
    }
    const now = new Date('2026-03-01T12:00:00Z')
    const run = async (workers: ExportWorkers | null) => {
      const copy = await copyContentFolder()
      const out = await makeTempFolder('codedesk-bundle-')
      const folder = await ContentFolder.open(copy.path, { app: 'test' })
      try {
        const outDir = join(out.path, 'bundle')
        await exportBundle(folder, {
          target: 'json',
          outDir,
          now,
          actor: 'Pat Publisher',
          workers,
          minEntriesForWorkers: 1,
          log,
        })
        return {
          bundle: await readTree(outDir),
          entries: await readTree(join(copy.path, 'entries')),
        }
      } finally {
        await folder.close()
        await copy.remove()
        await out.remove()
      }
    }

    const onMainThread = await run(null)
    const built = await run({ script: join(outDir, 'exportWorker.js'), threads: 2 })

    expect(onMainThread.bundle.size).toBeGreaterThan(10)
    expect(built).toEqual(onMainThread)
  })
})
