import { join } from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import type { RichTextDoc } from '../../src/shared/model/richText'
import { exportBundle } from '../../src/storage/export/exportBundle'
import { ContentFolder } from '../../src/storage/folder/ContentFolder'
import { importBundle } from '../../src/storage/import/bundle/importBundle'
import { approvedEntry, openFolderWith, readTree } from '../export/bundleTestFolder'
import { makeTempFolder } from '../helpers/tempFolder'

const cleanUps: Array<() => Promise<void>> = []

afterEach(async () => {
  for (const cleanUp of cleanUps.splice(0).reverse()) await cleanUp()
})

const richDoc: RichTextDoc = {
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Bold', marks: [{ type: 'bold' }] },
        { type: 'text', text: ' & <plain> ' },
        { type: 'text', text: 'both', marks: [{ type: 'bold' }, { type: 'italic' }] },
        { type: 'hardBreak' },
        {
          type: 'text',
          text: 'CMS page',
          marks: [{ type: 'link', attrs: { href: 'https://www.cms.gov/?a=1&b=2' } }],
        },
      ],
    },
    {
      type: 'orderedList',
      attrs: { start: 3 },
      content: [
        {
          type: 'listItem',
          content: [{ type: 'paragraph', content: [{ type: 'text', text: 'third' }] }],
        },
        {
          type: 'listItem',
          content: [{ type: 'paragraph', content: [{ type: 'text', text: 'fourth' }] }],
        },
      ],
    },
    {
      type: 'bulletList',
      content: [
        {
          type: 'listItem',
          content: [{ type: 'paragraph', content: [{ type: 'text', text: '“quoted” – dash' }] }],
        },
      ],
    },
  ],
}

describe('bundle round trip', () => {
  it('exports identical code files after import', async () => {
    const source = await openFolderWith([
      approvedEntry('M1440', { clinicalContext: richDoc }),
      approvedEntry('M1441'),
      approvedEntry('99213', { category: 'cpt-evaluation-management' }),
    ])
    const empty = await makeTempFolder('codedesk-empty-')
    const out = await makeTempFolder('codedesk-roundtrip-')
    cleanUps.push(source.cleanUp, empty.remove, out.remove)

    const first = await exportBundle(source.folder, {
      target: 'json',
      outDir: join(out.path, 'first'),
    })
    const target = await ContentFolder.open(empty.path, { app: 'test' })
    cleanUps.push(() => target.close())
    const imported = await importBundle(target, join(out.path, 'first'))
    const second = await exportBundle(target, { target: 'json', outDir: join(out.path, 'second') })
    const firstFiles = await readTree(join(out.path, 'first'))
    const secondFiles = await readTree(join(out.path, 'second'))

    expect(first.blocked).toBe(false)
    expect(imported.applied).toBe(3)
    expect(imported.rowProblems).toEqual([])
    expect(second.problems.filter((problem) => problem.severity === 'error')).toEqual([])
    expect(second.exported).toBe(3)
    for (const path of ['codes/M1440.json', 'codes/M1441.json', 'codes/99213.json', 'index.json']) {
      expect(secondFiles.get(path), path).toBe(firstFiles.get(path))
    }
    expect(second.version).toBe(first.version)
  })

  it('restores the rich text of the source entry', async () => {
    const source = await openFolderWith([approvedEntry('M1440', { clinicalContext: richDoc })])
    const empty = await makeTempFolder('codedesk-empty-')
    const out = await makeTempFolder('codedesk-roundtrip-')
    cleanUps.push(source.cleanUp, empty.remove, out.remove)
    await exportBundle(source.folder, { target: 'json', outDir: out.path })
    const target = await ContentFolder.open(empty.path, { app: 'test' })
    cleanUps.push(() => target.close())

    await importBundle(target, out.path)
    const original = await source.folder.read('M1440')
    const restored = await target.read('M1440')

    expect(restored.clinicalContext).toEqual(original.clinicalContext)
    expect(restored.summary).toEqual(original.summary)
    expect(restored.faqs).toEqual(original.faqs)
    expect(restored.synonyms).toEqual(original.synonyms)
    expect(restored.workflow.status).toBe('published')
  })

  it('keeps the reviewer through the history snapshot', async () => {
    const source = await openFolderWith([approvedEntry('M1440')])
    const empty = await makeTempFolder('codedesk-empty-')
    const out = await makeTempFolder('codedesk-roundtrip-')
    cleanUps.push(source.cleanUp, empty.remove, out.remove)
    const bundleDir = join(out.path, 'first')
    await exportBundle(source.folder, { target: 'json', outDir: bundleDir })
    // Give the bundle a reviewer as an approval through the review workflow would.
    const { readFile, writeFile } = await import('node:fs/promises')
    const codePath = join(bundleDir, 'codes', 'M1440.json')
    const document = JSON.parse(await readFile(codePath, 'utf8')) as {
      review: { reviewer: string | null; reviewedAt: string | null }
    }
    document.review = {
      ...document.review,
      reviewer: 'Rita Reviewer',
      reviewedAt: '2026-01-06T09:00:00.000Z',
    }
    await writeFile(codePath, `${JSON.stringify(document, null, 2)}\n`)

    const target = await ContentFolder.open(empty.path, { app: 'test' })
    cleanUps.push(() => target.close())
    await importBundle(target, bundleDir)
    await exportBundle(target, { target: 'json', outDir: join(out.path, 'second') })
    const again = JSON.parse(
      await readFile(join(out.path, 'second', 'codes', 'M1440.json'), 'utf8'),
    ) as {
      review: unknown
    }

    expect(again.review).toEqual({
      revision: 2,
      reviewer: 'Rita Reviewer',
      reviewedAt: '2026-01-06T09:00:00.000Z',
    })
  })

  it('leaves existing entries alone', async () => {
    const source = await openFolderWith([approvedEntry('M1440'), approvedEntry('M1441')])
    const out = await makeTempFolder('codedesk-roundtrip-')
    cleanUps.push(source.cleanUp, out.remove)
    await exportBundle(source.folder, { target: 'json', outDir: out.path, markPublished: false })

    const result = await importBundle(source.folder, out.path)

    expect(result.applied).toBe(0)
    expect(result.changes.map((change) => change.kind)).toEqual(['unchanged', 'unchanged'])
  })
})
