import { chmod, mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import type { Entry } from '../../src/shared/model/entry'
import { exportBundle } from '../../src/storage/export/exportBundle'
import { historyOf as historyStore } from '../../src/storage/history/HistoryStore'
import { makeEntry } from '../helpers/entryFactory'
import { makeTempFolder } from '../helpers/tempFolder'
import { openWorkflowFolder, REVIEWER, unwrap, WRITER } from '../workflow/workflowFixture'

const cleanUps: Array<() => Promise<void>> = []

afterEach(async () => {
  for (const cleanUp of cleanUps.splice(0)) await cleanUp()
})

function draftOf(code: string): Entry {
  const at = '2026-02-01T09:00:00.000Z'
  return makeEntry(code, {
    meta: { createdAt: at, createdBy: 'Ana Writer', updatedAt: at, updatedBy: 'Ana Writer' },
  })
}

async function open(codes: string[]) {
  const fixture = await openWorkflowFolder(codes.map(draftOf))
  const out = await makeTempFolder('codedesk-bundle-')
  cleanUps.push(fixture.close, out.remove)
  return { ...fixture, outDir: join(out.path, 'bundle') }
}

async function historyOf(contentDir: string, code: string) {
  return JSON.parse(await readFile(join(contentDir, 'history', `${code}.json`), 'utf8')) as {
    events: Array<{ action: string; revision: number; comment: string | null }>
  }
}

describe('marking entries published', () => {
  it('leaves an entry approved during export', async () => {
    const { api, as, contentDir, folder, outDir, readEntryFile } = await open(['M1440'])
    // Revision 1 approved, revision 2 in review.
    await as(WRITER)
    unwrap(await api.submitForReview({ code: 'M1440' }))
    await as(REVIEWER)
    unwrap(await api.approveEntry({ code: 'M1440' }))
    await as(WRITER)
    const { entry } = unwrap(await api.getEntry({ code: 'M1440' }))
    unwrap(
      await api.saveEntry({
        entry: { ...entry, synonyms: [...entry.synonyms, 'third synonym'] },
        expectedUpdatedAt: entry.meta.updatedAt,
      }),
    )
    unwrap(await api.submitForReview({ code: 'M1440' }))
    await as(REVIEWER)
    await api.context.validator.whenIdle()

    // The reviewer approves revision 2 after the bundle was built from revision 1.
    const approvals: Array<Promise<unknown>> = []
    const summary = await exportBundle(folder, {
      target: 'json',
      outDir,
      actor: 'export',
      validator: api.context.validator,
      workers: null,
      onProgress: ({ phase }) => {
        if (phase === 'writing' && approvals.length === 0) {
          approvals.push(api.approveEntry({ code: 'M1440' }))
        }
      },
    })
    await Promise.all(approvals)

    const bundled = JSON.parse(await readFile(join(outDir, 'codes', 'M1440.json'), 'utf8')) as {
      review: { revision: number }
    }
    const onDisk = await readEntryFile('M1440')
    const published = (await historyOf(contentDir, 'M1440')).events.filter(
      (event) => event.action === 'published',
    )
    expect(bundled.review.revision).toBe(1)
    expect(onDisk.workflow.approvedRevision).toBe(2)
    // Marked published in this bundle only for the revision the bundle holds.
    if (onDisk.workflow.publishedVersion === summary.version) {
      expect(onDisk.workflow.status).not.toBe('published')
    }
    expect(published.every((event) => event.revision === bundled.review.revision)).toBe(true)
  })

  it('records one event for a failed mark', async () => {
    const { api, as, contentDir, folder, outDir } = await open(['M1440'])
    await as(WRITER)
    unwrap(await api.submitForReview({ code: 'M1440' }))
    await as(REVIEWER)
    unwrap(await api.approveEntry({ code: 'M1440' }))
    await api.context.validator.whenIdle()
    await chmod(folder.entryPath('M1440'), 0o444)

    const options = {
      target: 'json' as const,
      outDir,
      validator: api.context.validator,
      workers: null,
    }
    const first = await exportBundle(folder, options)
    const afterFirst = (await historyOf(contentDir, 'M1440')).events.length
    const second = await exportBundle(folder, options)

    expect(first.problems.map((problem) => problem.ruleId)).toEqual(['export/publish'])
    expect(second.version).toBe(first.version)
    expect((await historyOf(contentDir, 'M1440')).events.length).toBe(afterFirst)
  })

  it('warns on a history file it cannot replace', async () => {
    const { api, as, contentDir, folder, outDir } = await open(['M1440', 'M1441'])
    await as(WRITER)
    for (const code of ['M1440', 'M1441']) unwrap(await api.submitForReview({ code }))
    await as(REVIEWER)
    for (const code of ['M1440', 'M1441']) unwrap(await api.approveEntry({ code }))
    await api.context.validator.whenIdle()
    // A folder where the history file's temporary file must go makes the history write fail.
    await mkdir(join(contentDir, 'history', '.M1440.json.tmp'))

    const summary = await exportBundle(folder, {
      target: 'json',
      outDir,
      validator: api.context.validator,
      workers: null,
    })

    expect(summary.blocked).toBe(false)
    expect(summary.problems.map((problem) => `${problem.ruleId} ${problem.code}`)).toEqual([
      'export/publish M1440',
    ])
    expect(summary.problems[0]?.message).toContain(join(contentDir, 'history'))
    expect((await folder.read('M1441')).workflow.status).toBe('published')
  })

  it('makes a delete wait for the entry lock', async () => {
    const { api, folder } = await open(['M1440'])
    let release: () => void = () => undefined
    const lockHeld = historyStore(folder).withEntryLock(
      'M1440',
      () =>
        new Promise<void>((resolve) => {
          release = resolve
        }),
    )

    const deleted = api.deleteEntry({ code: 'M1440' })
    for (let turn = 0; turn < 20; turn++) await new Promise((resolve) => setImmediate(resolve))
    const whileHeld = folder.has('M1440')
    release()
    await lockHeld
    unwrap(await deleted)

    expect(whileHeld).toBe(true)
    expect(folder.has('M1440')).toBe(false)
  })
})
