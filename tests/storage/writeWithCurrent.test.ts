import { readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import type { Entry } from '../../src/shared/model/entry'
import { ContentFolder } from '../../src/storage/folder/ContentFolder'
import { makeEntry, measurementRvu } from '../helpers/entryFactory'
import { makeTempFolder } from '../helpers/tempFolder'

let temp: { path: string; remove: () => Promise<void> }
let folder: ContentFolder

beforeEach(async () => {
  temp = await makeTempFolder('codedesk-write-')
  folder = await ContentFolder.open(temp.path, { app: 'write test' })
})

afterEach(async () => {
  await folder.close()
  await temp.remove()
})

const later = new Date('2026-03-01T00:00:00.000Z')

async function entryText(code: string): Promise<string> {
  return readFile(join(temp.path, 'entries', `${code}.json`), 'utf8')
}

describe('ContentFolder.write with the current entry', () => {
  it('writes the bytes a write without it writes', async () => {
    await folder.write(makeEntry('M1440'), { actor: 'Ana', expectedUpdatedAt: null })
    await folder.write(makeEntry('M1441'), { actor: 'Ana', expectedUpdatedAt: null })
    const rvu = measurementRvu()
    const first = await folder.read('M1440')
    const second = await folder.read('M1441')

    await folder.write(
      { ...first, rvu },
      { actor: 'Ben', expectedUpdatedAt: null, now: later, current: first },
    )
    await folder.write({ ...second, rvu }, { actor: 'Ben', expectedUpdatedAt: null, now: later })

    expect((await entryText('M1440')).replaceAll('M1440', 'CODE')).toBe(
      (await entryText('M1441')).replaceAll('M1441', 'CODE'),
    )
  })

  it('rejects an invalid changed field with its path', async () => {
    await folder.write(makeEntry('M1440'), { actor: 'Ana', expectedUpdatedAt: null })
    const current = await folder.read('M1440')
    const before = await entryText('M1440')
    const invalid = { ...current, workflow: { ...current.workflow, revision: 0 } }

    const save = folder.write(invalid, { actor: 'Ben', expectedUpdatedAt: null, current })

    await expect(save).rejects.toThrow(/workflow.*revision|revision.*workflow/s)
    expect(await entryText('M1440')).toBe(before)
  })

  it('rejects a field the schema does not know', async () => {
    await folder.write(makeEntry('M1440'), { actor: 'Ana', expectedUpdatedAt: null })
    const current = await folder.read('M1440')
    const extra = { ...current, notes: 'not a field' } as Entry

    const save = folder.write(extra, { actor: 'Ben', expectedUpdatedAt: null, current })

    await expect(save).rejects.toThrow(/notes/)
  })

  it('sorts the attributes of a changed rich text', async () => {
    await folder.write(makeEntry('M1440'), { actor: 'Ana', expectedUpdatedAt: null })
    const current = await folder.read('M1440')
    const summary = {
      type: 'doc' as const,
      content: [
        {
          type: 'paragraph',
          content: [
            {
              type: 'text',
              text: 'See the guide.',
              marks: [{ type: 'link', attrs: { target: '_blank', href: 'https://example.org' } }],
            },
          ],
        },
      ],
    }

    const saved = await folder.write(
      { ...current, summary },
      { actor: 'Ben', expectedUpdatedAt: null, current },
    )

    expect(Object.keys(saved.summary.content[0]?.content?.[0]?.marks?.[0]?.attrs ?? {})).toEqual([
      'href',
      'target',
    ])
  })

  it('leaves the file alone when nothing changed', async () => {
    await folder.write(makeEntry('M1440'), { actor: 'Ana', expectedUpdatedAt: null })
    const current = await folder.read('M1440')
    const before = await entryText('M1440')

    const saved = await folder.write(
      { ...current, synonyms: [...current.synonyms] },
      { actor: 'Ben', expectedUpdatedAt: null, now: later, current },
    )

    expect(saved).toBe(current)
    expect(await entryText('M1440')).toBe(before)
  })

  it('creates entries/ again when it was removed', async () => {
    await folder.write(makeEntry('M1440'), { actor: 'Ana', expectedUpdatedAt: null })
    await rm(join(temp.path, 'entries'), { recursive: true })

    await folder.write(makeEntry('M1441'), { actor: 'Ana', expectedUpdatedAt: null })

    expect(JSON.parse(await entryText('M1441'))).toMatchObject({ code: 'M1441' })
  })
})

describe('ContentFolder.hasChangedOnDisk', () => {
  it('tells files changed since load apart', async () => {
    await folder.write(makeEntry('M1440'), { actor: 'Ana', expectedUpdatedAt: null })
    await folder.write(makeEntry('M1441'), { actor: 'Ana', expectedUpdatedAt: null })
    await folder.close()
    folder = await ContentFolder.open(temp.path, { app: 'write test' })
    const path = join(temp.path, 'entries', 'M1441.json')
    await writeFile(path, (await readFile(path, 'utf8')).replace('Title of', 'Edited title of'))

    expect(folder.hasChangedOnDisk('M1440')).toBe(false)
    expect(folder.hasChangedOnDisk('m1441')).toBe(true)
    expect(folder.hasChangedOnDisk('M1442')).toBe(true)
  })

  it('counts its own writes as loaded', async () => {
    const written = await folder.write(makeEntry('M1440'), {
      actor: 'Ana',
      expectedUpdatedAt: null,
    })

    await folder.write(
      { ...written, title: 'Second title' },
      { actor: 'Ana', expectedUpdatedAt: null, current: written },
    )

    expect(folder.hasChangedOnDisk('M1440')).toBe(false)
  })
})
