import { readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import type { ExportSummary } from '../../src/shared/api/types'
import { exportBundle } from '../../src/storage/export/exportBundle'
import { ExportWorkerPool, type ExportWorkers } from '../../src/storage/export/exportWorkers'
import { markPublished } from '../../src/storage/export/markPublished'
import { listHistoryCodes } from '../../src/storage/export/resolveApprovedRevision'
import { ContentFolder } from '../../src/storage/folder/ContentFolder'
import { createLogger, type Logger } from '../../src/storage/logger'
import { FolderValidator } from '../../src/storage/validation/FolderValidator'
import { twoSourceExportWorkers } from '../helpers/sourceExportWorkers'
import { copyContentFolder, makeTempFolder } from '../helpers/tempFolder'
import { readTree } from './bundleTestFolder'

const NOW = new Date('2026-03-01T12:00:00Z')
const cleanUps: Array<() => Promise<void>> = []

afterEach(async () => {
  for (const cleanUp of cleanUps.splice(0)) await cleanUp()
})

function recordingLog(): Logger & { warnings: string[] } {
  const log = createLogger('test')
  const warnings: string[] = []
  log.warn = (message, fields) => warnings.push(`${message} ${JSON.stringify(fields ?? {})}`)
  return Object.assign(log, { warnings })
}

/**
 * Copies the sample folder and changes it so that export meets each case. One approved entry is
 * edited on disk after open, so its file no longer matches the folder's stamp. One is edited since
 * approval without a snapshot, so export skips it. When asked, one approved entry without a
 * snapshot gets an error in its current text, which blocks the export.
 */
async function preparedFolder(options: { withError?: boolean } = {}) {
  const temp = await copyContentFolder()
  cleanUps.push(temp.remove)
  const folder = await ContentFolder.open(temp.path, { app: 'test' })
  cleanUps.push(() => folder.close())

  const approved = folder.codes().filter((code) => folder.summary(code)?.status === 'approved')
  const [handEdited, editedSince, broken] = approved
  if (handEdited === undefined || editedSince === undefined || broken === undefined) {
    throw new Error('the sample folder needs three approved entries')
  }

  const path = folder.entryPath(handEdited)
  const text = await readFile(path, 'utf8')
  await writeFile(path, text.replace('"synonyms": [', '"synonyms": [\n    "edited by hand",'))

  await rm(join(temp.path, 'history', `${editedSince}.json`))
  const since = await folder.read(editedSince)
  await folder.write(
    { ...since, workflow: { ...since.workflow, revision: since.workflow.revision + 5 } },
    { actor: 'Test Writer', expectedUpdatedAt: null, now: NOW },
  )

  if (options.withError === true) {
    await rm(join(temp.path, 'history', `${broken}.json`))
    const entry = await folder.read(broken)
    await folder.write(
      { ...entry, title: '' },
      { actor: 'Test Writer', expectedUpdatedAt: null, now: NOW },
    )
  }

  return { folder, path: temp.path }
}

async function exportWith(
  workers: ExportWorkers | null,
  options: { withError?: boolean; log?: Logger } = {},
): Promise<{ summary: ExportSummary; bundle: Map<string, string>; content: Map<string, string> }> {
  const { folder, path } = await preparedFolder(options)
  const out = await makeTempFolder('codedesk-bundle-')
  cleanUps.push(out.remove)
  const outDir = join(out.path, 'bundle')

  const summary = await exportBundle(folder, {
    target: 'json',
    outDir,
    actor: 'Pat Publisher',
    now: NOW,
    workers,
    minEntriesForWorkers: 1,
    ...(options.log === undefined ? {} : { log: options.log }),
  })
  const content = new Map<string, string>()
  for (const dir of ['entries', 'history']) {
    for (const [file, text] of await readTree(join(path, dir))) content.set(`${dir}/${file}`, text)
  }
  for (const code of folder.codes()) {
    content.set(`summary ${code}`, JSON.stringify(folder.summary(code)))
  }

  return {
    summary: { ...summary, outDir: '' },
    bundle: summary.blocked ? new Map<string, string>() : await readTree(outDir),
    content,
  }
}

describe('export workers', () => {
  it('write the same bundle, entries and history as the main thread', async () => {
    const onMainThread = await exportWith(null)
    const log = recordingLog()

    const inWorkers = await exportWith(twoSourceExportWorkers(), { log })

    expect(log.warnings).toEqual([])
    expect(onMainThread.summary.blocked).toBe(false)
    expect(onMainThread.summary.exported).toBeGreaterThan(10)
    expect(onMainThread.summary.problems.map((problem) => problem.ruleId)).toContain(
      'export/approved-revision',
    )
    expect([...onMainThread.content.values()].join('\n')).toContain('"published"')
    expect(inWorkers.summary).toEqual(onMainThread.summary)
    expect(inWorkers.bundle).toEqual(onMainThread.bundle)
    expect(inWorkers.content).toEqual(onMainThread.content)
  })

  it('report the same problems when an entry blocks the export', async () => {
    const onMainThread = await exportWith(null, { withError: true })

    const inWorkers = await exportWith(twoSourceExportWorkers(), { withError: true })

    expect(onMainThread.summary.blocked).toBe(true)
    expect(inWorkers.summary).toEqual(onMainThread.summary)
    expect(inWorkers.content).toEqual(onMainThread.content)
  })

  it('go on without workers when the script fails to load', async () => {
    const temp = await makeTempFolder('codedesk-worker-')
    cleanUps.push(temp.remove)
    const broken = join(temp.path, 'broken-worker.mjs')
    await writeFile(broken, "throw new Error('this worker is broken on purpose')\n")
    const log = recordingLog()

    const withBroken = await exportWith({ script: broken, threads: 2 }, { log })

    expect(log.warnings.join('\n')).toContain('export workers failed')
    expect(withBroken).toEqual(await exportWith(null))
  })

  it('go on without workers when one exits mid-batch', async () => {
    const temp = await makeTempFolder('codedesk-worker-')
    cleanUps.push(temp.remove)
    const quitter = join(temp.path, 'quitting-worker.mjs')
    await writeFile(
      quitter,
      "import { parentPort } from 'node:worker_threads'\nparentPort.on('message', () => process.exit(0))\n",
    )
    const log = recordingLog()

    const withQuitter = await exportWith({ script: quitter, threads: 2 }, { log })

    expect(log.warnings.join('\n')).toContain('exited with code 0')
    expect(withQuitter).toEqual(await exportWith(null))
  })

  it('leave an entry saved after it was built unmarked', async () => {
    const { folder } = await preparedFolder()
    const code = folder
      .codes()
      .find((candidate) => folder.summary(candidate)?.status === 'approved')
    if (code === undefined) throw new Error('the sample folder has no approved entry')
    const stale = await folder.read(code)
    await folder.write(
      { ...stale, synonyms: [...stale.synonyms, 'saved meanwhile'] },
      { actor: 'Test Writer', expectedUpdatedAt: null, now: NOW },
    )
    const validator = new FolderValidator(folder)
    const pool = new ExportWorkerPool(twoSourceExportWorkers(), {
      folder: folder.folder,
      staging: folder.folder,
      target: 'json',
      taxonomy: folder.taxonomy,
      workspace: folder.workspace,
      context: validator.context(),
      historyCodes: [...(await listHistoryCodes(folder.folder))],
    })

    try {
      const problems = await markPublished(
        folder,
        [{ code, updatedAt: stale.meta.updatedAt }],
        'abcdef123456',
        { actor: 'Pat Publisher', now: NOW, pool },
      )

      expect(problems.map((problem) => [problem.code, problem.ruleId])).toEqual([
        [code, 'export/publish'],
      ])
      expect(problems[0]?.message).toContain('during the export')
      expect((await folder.read(code)).workflow.status).toBe('approved')
      expect(folder.summary(code)?.status).toBe('approved')
    } finally {
      await pool.close()
    }
  })

  it('record an entry a stopped worker marked but never reported', async () => {
    const { folder } = await preparedFolder()
    const code = folder
      .codes()
      .find((candidate) => folder.summary(candidate)?.status === 'approved')
    if (code === undefined) throw new Error('the sample folder has no approved entry')
    const entry = await folder.read(code)
    const version = 'abcdef123456'
    // What a worker leaves when it stops after writing the entry and before its reply arrives.
    await writeFile(
      folder.entryPath(code),
      JSON.stringify(
        {
          ...entry,
          workflow: { ...entry.workflow, status: 'published', publishedVersion: version },
        },
        null,
        2,
      ),
    )
    expect(folder.summary(code)?.status).toBe('approved')

    const problems = await markPublished(
      folder,
      [{ code, updatedAt: entry.meta.updatedAt }],
      version,
      { actor: 'Pat Publisher', now: NOW },
    )

    expect(problems).toEqual([])
    expect(folder.summary(code)?.status).toBe('published')
    expect((await folder.read(code)).workflow.publishedVersion).toBe(version)
  })
})
