import { access, mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import type { BundleManifest, CodeDocument } from '../../src/shared/export/bundleFormat'
import type { Entry } from '../../src/shared/model/entry'
import { docFromParagraphs } from '../../src/shared/model/richText'
import { exportBundle } from '../../src/storage/export/exportBundle'
import { markPublished } from '../../src/storage/export/markPublished'
import { makeEntry, measurementRvu } from '../helpers/entryFactory'
import { makeTempFolder } from '../helpers/tempFolder'
import { approvedEntry, bundleSchemaValidator, openFolderWith, readTree } from './bundleTestFolder'

const cleanUps: Array<() => Promise<void>> = []

afterEach(async () => {
  for (const cleanUp of cleanUps.splice(0)) await cleanUp()
})

async function setUp(entries: readonly Entry[]) {
  const opened = await openFolderWith(entries)
  const out = await makeTempFolder('codedesk-bundle-')
  cleanUps.push(opened.cleanUp, out.remove)

  return { ...opened, outRoot: out.path }
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  )
}

const rvu: Entry['rvu'] = measurementRvu()

describe('exportBundle', () => {
  it('writes files that match the bundle schema', async () => {
    const { folder, outRoot } = await setUp([
      approvedEntry('M1440', { rvu }),
      approvedEntry('M1441'),
    ])
    const outDir = join(outRoot, 'bundle')

    const summary = await exportBundle(folder, { target: 'json', outDir, previousDir: undefined })
    const files = await readTree(outDir)

    expect(summary.blocked).toBe(false)
    expect(summary.exported).toBe(2)
    expect([...files.keys()]).toEqual([
      'codes/M1440.json',
      'codes/M1441.json',
      'index.json',
      'manifest.json',
    ])
    const validateCode = bundleSchemaValidator('codeFile')
    for (const path of ['codes/M1440.json', 'codes/M1441.json']) {
      expect(validateCode(JSON.parse(files.get(path) ?? '')), path).toBe(true)
    }
    expect(bundleSchemaValidator('indexFile')(JSON.parse(files.get('index.json') ?? ''))).toBe(true)
    const validateManifest = bundleSchemaValidator('manifestFile')
    expect(
      validateManifest(JSON.parse(files.get('manifest.json') ?? '')),
      JSON.stringify(validateManifest.errors),
    ).toBe(true)
  })

  it('records digests, release and count in the manifest', async () => {
    const { folder, outRoot } = await setUp([approvedEntry('M1440', { rvu })])
    const outDir = join(outRoot, 'bundle')

    const summary = await exportBundle(folder, { target: 'json', outDir })
    const files = await readTree(outDir)
    const manifest = JSON.parse(files.get('manifest.json') ?? '') as BundleManifest
    const { createHash } = await import('node:crypto')

    expect(manifest.version).toBe(summary.version)
    expect(manifest.rvuRelease).toBe('RVU25D')
    expect(manifest.entryCount).toBe(1)
    expect(Object.keys(manifest.files)).toEqual(['codes/M1440.json', 'index.json'])
    for (const [path, digest] of Object.entries(manifest.files)) {
      expect(
        createHash('sha256')
          .update(files.get(path) ?? '')
          .digest('hex'),
        path,
      ).toBe(digest)
    }
  })

  it('produces identical files when run twice', async () => {
    const { folder, outRoot } = await setUp([
      approvedEntry('M1440', { rvu }),
      approvedEntry('M1441'),
      approvedEntry('M1442'),
    ])

    const first = await exportBundle(folder, {
      target: 'json',
      outDir: join(outRoot, 'one'),
      now: new Date('2026-01-01T00:00:00Z'),
    })
    const second = await exportBundle(folder, {
      target: 'json',
      outDir: join(outRoot, 'two'),
      now: new Date('2026-02-02T00:00:00Z'),
    })
    const one = await readTree(join(outRoot, 'one'))
    const two = await readTree(join(outRoot, 'two'))
    const withoutTime = (text: string | undefined) =>
      (text ?? '').replace(/"createdAt": "[^"]+"/, '"createdAt": ""')

    expect(second.version).toBe(first.version)
    expect([...two.keys()]).toEqual([...one.keys()])
    for (const [path, text] of one) {
      if (path === 'manifest.json') expect(withoutTime(two.get(path))).toBe(withoutTime(text))
      else expect(two.get(path), path).toBe(text)
    }
    expect(one.get('manifest.json')).not.toBe(two.get('manifest.json'))
  })

  it('exports only approved entries', async () => {
    const { folder, outRoot } = await setUp([
      approvedEntry('M1440'),
      makeEntry('M1441'),
      makeEntry('M1442', {
        workflow: {
          status: 'in-review',
          revision: 1,
          approvedRevision: null,
          publishedVersion: null,
        },
      }),
      makeEntry('M1443', {
        workflow: {
          status: 'published',
          revision: 3,
          approvedRevision: 3,
          publishedVersion: 'old',
        },
      }),
    ])
    const outDir = join(outRoot, 'bundle')

    const summary = await exportBundle(folder, { target: 'json', outDir })
    const files = await readTree(outDir)

    expect(summary.exported).toBe(2)
    expect(summary.skipped).toBe(2)
    expect([...files.keys()].filter((path) => path.startsWith('codes/'))).toEqual([
      'codes/M1440.json',
      'codes/M1443.json',
    ])
  })

  it('exports the approved snapshot of an entry edited since', async () => {
    const approvedText = makeEntry('M1440', {
      summary: docFromParagraphs(['Approved summary text.']),
      workflow: { status: 'approved', revision: 2, approvedRevision: 2, publishedVersion: null },
    })
    const { folder, path, outRoot } = await setUp([
      {
        ...approvedText,
        summary: docFromParagraphs(['Unreviewed draft text.']),
        workflow: { status: 'draft', revision: 3, approvedRevision: 2, publishedVersion: null },
      },
    ])
    await mkdir(join(path, 'history'))
    await writeFile(
      join(path, 'history', 'M1440.json'),
      JSON.stringify({
        code: 'M1440',
        revisions: [
          {
            revision: 2,
            author: 'Test Writer',
            reviewer: 'Rita Reviewer',
            approvedAt: '2026-01-06T09:00:00.000Z',
            comment: null,
            entry: approvedText,
          },
        ],
        events: [],
        comments: [],
      }),
    )
    const outDir = join(outRoot, 'bundle')

    await exportBundle(folder, { target: 'json', outDir })
    const document = JSON.parse(
      await readFile(join(outDir, 'codes', 'M1440.json'), 'utf8'),
    ) as CodeDocument

    expect(document.summary.text).toBe('Approved summary text.')
    expect(document.review).toEqual({
      revision: 2,
      reviewedAt: '2026-01-06T09:00:00.000Z',
      reviewer: 'Rita Reviewer',
    })
    expect((await folder.read('M1440')).workflow.status).toBe('draft')
  })

  it('skips an edited entry without an approved snapshot', async () => {
    const { folder, outRoot } = await setUp([
      makeEntry('M1440', {
        workflow: { status: 'draft', revision: 3, approvedRevision: 2, publishedVersion: null },
      }),
    ])

    const summary = await exportBundle(folder, { target: 'json', outDir: join(outRoot, 'b') })

    expect(summary.blocked).toBe(false)
    expect(summary.exported).toBe(0)
    expect(summary.problems.map((problem) => [problem.ruleId, problem.severity])).toEqual([
      ['export/approved-revision', 'warning'],
    ])
  })

  it('blocks on a validation error and writes nothing', async () => {
    const { folder, outRoot } = await setUp([
      approvedEntry('M1440'),
      approvedEntry('M1441', { category: 'no-such-category' }),
    ])
    const outDir = join(outRoot, 'bundle')

    const summary = await exportBundle(folder, { target: 'json', outDir })

    expect(summary.blocked).toBe(true)
    expect(summary.exported).toBe(0)
    expect(
      summary.problems.some((problem) => problem.code === 'M1441' && problem.severity === 'error'),
    ).toBe(true)
    expect(await exists(outDir)).toBe(false)
    expect(await readTree(outRoot)).toEqual(new Map())
    expect((await folder.read('M1440')).workflow.status).toBe('approved')
  })

  it('keeps an existing bundle when blocked', async () => {
    const { folder, outRoot } = await setUp([approvedEntry('M1440')])
    const outDir = join(outRoot, 'bundle')
    await exportBundle(folder, { target: 'json', outDir })
    const before = await readTree(outDir)
    await folder.write(approvedEntry('M1441', { category: 'no-such-category' }), {
      actor: 'Test Writer',
      expectedUpdatedAt: null,
    })

    const summary = await exportBundle(folder, { target: 'json', outDir })

    expect(summary.blocked).toBe(true)
    expect(await readTree(outDir)).toEqual(before)
  })

  it('blocks when entries mix CMS releases', async () => {
    const { folder, outRoot } = await setUp([
      approvedEntry('M1440', { rvu }),
      approvedEntry('M1441', { rvu: { ...rvu, release: 'RVU25C' } }),
    ])

    const summary = await exportBundle(folder, { target: 'json', outDir: join(outRoot, 'b') })

    const releaseErrors = summary.problems.filter(
      (problem) => problem.severity === 'error' && problem.message.includes('RVU25C'),
    )

    expect(summary.blocked).toBe(true)
    expect(releaseErrors.length).toBeGreaterThan(0)
  })

  it('marks exported entries published and keeps meta', async () => {
    const { folder, outRoot } = await setUp([approvedEntry('M1440'), makeEntry('M1441')])
    const before = await folder.read('M1440')

    const summary = await exportBundle(folder, { target: 'json', outDir: join(outRoot, 'b') })
    const after = await folder.read('M1440')

    expect(after.workflow).toEqual({
      status: 'published',
      revision: 2,
      approvedRevision: 2,
      publishedVersion: summary.version,
    })
    expect(after.meta).toEqual(before.meta)
    expect((await folder.read('M1441')).workflow.publishedVersion).toBeNull()
  })

  it('records a published event in history', async () => {
    const { folder, path, outRoot } = await setUp([approvedEntry('M1440')])

    const summary = await exportBundle(folder, {
      target: 'json',
      outDir: join(outRoot, 'b'),
      actor: 'Pat Publisher',
    })
    const history = JSON.parse(await readFile(join(path, 'history', 'M1440.json'), 'utf8')) as {
      events: Array<{ action: string; actor: string; revision: number; comment: string }>
    }

    expect(history.events.map((event) => [event.action, event.actor, event.revision])).toEqual([
      ['published', 'Pat Publisher', 2],
    ])
    expect(history.events[0]?.comment).toContain(summary.version)
  })

  it('records no second event for the same version', async () => {
    const { folder, path, outRoot } = await setUp([approvedEntry('M1440')])

    const first = await exportBundle(folder, { target: 'json', outDir: join(outRoot, 'one') })
    const second = await exportBundle(folder, { target: 'json', outDir: join(outRoot, 'two') })
    const history = JSON.parse(await readFile(join(path, 'history', 'M1440.json'), 'utf8')) as {
      events: unknown[]
    }

    expect(second.version).toBe(first.version)
    expect(history.events).toHaveLength(1)
  })

  it('leaves an entry saved during export unmarked', async () => {
    const { folder, path } = await setUp([approvedEntry('M1440')])
    const stale = await folder.read('M1440')
    await folder.write(
      { ...stale, synonyms: ['saved meanwhile', 'second synonym'] },
      { actor: 'Test Writer', expectedUpdatedAt: null, now: new Date('2026-02-01T00:00:00Z') },
    )
    const exported = [{ code: 'M1440', updatedAt: stale.meta.updatedAt }]

    const problems = await markPublished(folder, exported, 'abcdef123456', {
      actor: 'Pat Publisher',
      now: new Date('2026-02-02T00:00:00Z'),
    })

    expect(problems.map((problem) => [problem.code, problem.ruleId, problem.severity])).toEqual([
      ['M1440', 'export/publish', 'warning'],
    ])
    expect((await folder.read('M1440')).workflow.status).toBe('approved')
    expect(await exists(join(path, 'history', 'M1440.json'))).toBe(false)
  })

  it('replaces an earlier bundle and lists changes', async () => {
    const { folder, outRoot } = await setUp([
      approvedEntry('M1440'),
      approvedEntry('M1441'),
      approvedEntry('M1442'),
    ])
    const outDir = join(outRoot, 'bundle')
    const first = await exportBundle(folder, { target: 'json', outDir })
    await folder.write(approvedEntry('M1441', { synonyms: ['changed synonym', 'another one'] }), {
      actor: 'Test Writer',
      expectedUpdatedAt: null,
    })
    await folder.delete('M1442')
    await folder.write(approvedEntry('M1443'), { actor: 'Test Writer', expectedUpdatedAt: null })

    await exportBundle(folder, { target: 'json', outDir, previousDir: outDir })
    const files = await readTree(outDir)
    const changes = JSON.parse(files.get('changes.json') ?? '') as unknown

    expect(changes).toEqual({
      previousVersion: first.version,
      added: ['M1443'],
      changed: ['M1441'],
      removed: ['M1442'],
    })
    expect(bundleSchemaValidator('changesFile')(changes)).toBe(true)
    expect(files.has('codes/M1442.json')).toBe(false)
    expect([...files.keys()].some((path) => path.includes('codedesk-'))).toBe(false)
  })

  it('rejects an earlier bundle of the other target', async () => {
    const { folder, outRoot } = await setUp([approvedEntry('M1440')])
    const markdown = join(outRoot, 'markdown')
    await exportBundle(folder, { target: 'markdown', outDir: markdown })

    const json = exportBundle(folder, {
      target: 'json',
      outDir: join(outRoot, 'json'),
      previousDir: markdown,
    })

    await expect(json).rejects.toThrow(/was exported as markdown, not json/)
    expect(await exists(join(outRoot, 'json'))).toBe(false)
  })

  it('keeps files it did not write beside an earlier bundle', async () => {
    const { folder, outRoot } = await setUp([approvedEntry('M1440')])
    const outDir = join(outRoot, 'bundle')
    await exportBundle(folder, { target: 'json', outDir })
    await exportBundle(folder, { target: 'json', outDir, previousDir: outDir })
    await exportBundle(folder, { target: 'json', outDir, previousDir: outDir })
    await writeFile(join(outDir, 'CNAME'), 'codes.example\n')
    await mkdir(join(outDir, 'images'))
    await writeFile(join(outDir, 'images', 'logo.png'), 'png')

    const again = exportBundle(folder, { target: 'json', outDir })

    await expect(again).rejects.toThrow(/other files \(CNAME, images\/logo\.png\)/)
    expect(await readFile(join(outDir, 'CNAME'), 'utf8')).toBe('codes.example\n')
    expect(await exists(join(outDir, 'images', 'logo.png'))).toBe(true)
  })

  it('rejects a destination with other files', async () => {
    const { folder, outRoot } = await setUp([approvedEntry('M1440')])
    await writeFile(join(outRoot, 'notes.txt'), 'keep me')

    await expect(exportBundle(folder, { target: 'json', outDir: outRoot })).rejects.toThrow(
      /contains other files and is not a CodeDesk bundle/,
    )
    expect(await readFile(join(outRoot, 'notes.txt'), 'utf8')).toBe('keep me')
  })

  it('reports progress up to done', async () => {
    const { folder, outRoot } = await setUp([approvedEntry('M1440'), approvedEntry('M1441')])
    const phases: string[] = []

    await exportBundle(folder, {
      target: 'json',
      outDir: join(outRoot, 'b'),
      onProgress: (progress) => phases.push(`${progress.phase} ${progress.done}/${progress.total}`),
    })

    expect(phases[0]).toBe('reading 0/2')
    expect(phases).toContain('reading 2/2')
    expect(phases).toContain('publishing 2/2')
    expect(phases.at(-1)).toBe('done 2/2')
  })
})
