import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { docFromParagraphs } from '../../src/shared/model/richText'
import { ContentFolder } from '../../src/storage/folder/ContentFolder'
import { makeEntry } from '../helpers/entryFactory'
import { makeTempFolder } from '../helpers/tempFolder'

let temp: { path: string; remove: () => Promise<void> }
let opened: ContentFolder[] = []

async function open(options: Partial<Parameters<typeof ContentFolder.open>[1]> = {}) {
  const folder = await ContentFolder.open(temp.path, { app: 'test', ...options })
  opened.push(folder)
  return folder
}

async function writeEntryFile(name: string, text: string) {
  await mkdir(join(temp.path, 'entries'), { recursive: true })
  await writeFile(join(temp.path, 'entries', name), text)
}

beforeEach(async () => {
  temp = await makeTempFolder()
  opened = []
})

afterEach(async () => {
  for (const folder of opened) await folder.close()
  await temp.remove()
})

describe('ContentFolder', () => {
  it('round-trips an entry through create, save and reopen', async () => {
    const folder = await open()
    const created = await folder.create('m1440', 'Telehealth enc', 'Ana Writer')
    const edited = {
      ...created,
      synonyms: ['virtual visit'],
      summary: docFromParagraphs(['Reports a video visit.']),
    }
    const saved = await folder.write(edited, {
      actor: 'Ana Writer',
      expectedUpdatedAt: created.meta.updatedAt,
    })
    await folder.close()

    const reopened = await open()
    const loaded = await reopened.read('M1440')

    expect(created.code).toBe('M1440')
    expect(loaded).toEqual(saved)
    expect(reopened.list().map((summary) => summary.code)).toEqual(['M1440'])
  })

  it('writes deterministic bytes and leaves an unchanged save alone', async () => {
    const folder = await open()
    const entry = makeEntry('M1440')
    await folder.write(entry, { actor: 'Ana Writer', expectedUpdatedAt: null })
    const path = join(temp.path, 'entries', 'M1440.json')
    const first = await readFile(path, 'utf8')

    const reordered = Object.fromEntries(
      Object.entries(await folder.read('M1440')).reverse(),
    ) as typeof entry
    await folder.write(reordered, { actor: 'Someone Else', expectedUpdatedAt: null })
    const second = await readFile(path, 'utf8')

    expect(second).toBe(first)
    expect(first.endsWith('}\n')).toBe(true)
    expect(first).not.toContain('\r')
    expect(first.split('\n')[1]).toBe('  "code": "M1440",')
  })

  it('rejects a save when the file changed since it was loaded', async () => {
    const folder = await open()
    const entry = await folder.write(makeEntry('G2012'), { actor: 'Ana', expectedUpdatedAt: null })
    await folder.write(
      { ...entry, title: 'Brief check in' },
      {
        actor: 'Ben',
        expectedUpdatedAt: entry.meta.updatedAt,
        now: new Date('2030-01-01T00:00:00Z'),
      },
    )

    await expect(
      folder.write(
        { ...entry, title: 'Other title' },
        { actor: 'Ana', expectedUpdatedAt: entry.meta.updatedAt },
      ),
    ).rejects.toMatchObject({
      code: 'conflict',
    })
  })

  it('reports bad files with their path and keeps their bytes', async () => {
    const good = JSON.stringify(makeEntry('G0071'))
    const badFiles: Record<string, { text: string; reason: RegExp }> = {
      'M1440.json': { text: '{ "code": "M1440", "title": ', reason: /truncated/ },
      'M1441.json': { text: '', reason: /empty/ },
      'M1442.json': { text: '{ not json at all }', reason: /not valid JSON/ },
      'M1443.json': {
        text: JSON.stringify({ ...makeEntry('M1443'), synonyms: 'one' }),
        reason: /synonyms/,
      },
      'M1444.json': { text: '[1, 2]', reason: /JSON object/ },
      'M1445.json': { text: '{ "code": "M1445"', reason: /truncated/ },
      'M1446.json': { text: '{"synonyms": ["a", "b"', reason: /truncated/ },
    }
    await writeEntryFile('G0071.json', good)
    for (const [name, { text }] of Object.entries(badFiles)) await writeEntryFile(name, text)

    const folder = await open()
    const problems = folder.fileProblems()

    expect(folder.list().map((summary) => summary.code)).toEqual(['G0071'])
    for (const [name, { text, reason }] of Object.entries(badFiles)) {
      const path = join(temp.path, 'entries', name)
      const problem = problems.find((candidate) => candidate.path === path)
      expect(problem?.reason).toMatch(reason)
      await expect(
        folder.write(makeEntry(name.slice(0, 5)), { actor: 'Ana', expectedUpdatedAt: null }),
      ).rejects.toMatchObject({ code: 'invalid-file' })
      await expect(folder.create(name.slice(0, 5), 'x', 'Ana')).rejects.toMatchObject({
        code: 'already-exists',
      })
      expect(await readFile(path, 'utf8')).toBe(text)
    }
  })

  it('reports two files whose codes differ only by case', async () => {
    await writeEntryFile('M1440.json', JSON.stringify(makeEntry('M1440')))
    await writeEntryFile('m1440.json', JSON.stringify(makeEntry('M1440')))

    const folder = await open()
    const reasons = folder.fileProblems().map((problem) => problem.reason)

    expect(folder.list()).toEqual([])
    expect(reasons).toHaveLength(2)
    expect(reasons[0]).toMatch(/code M1440 is also stored in m1440\.json/)
  })

  it('rejects a file whose code differs from its name', async () => {
    await writeEntryFile('M1440.json', JSON.stringify(makeEntry('G0071')))

    const folder = await open()

    expect(folder.fileProblems()[0]?.reason).toMatch(
      /contains code G0071 but its file name says M1440/,
    )
  })

  it('rejects a malformed code on create', async () => {
    const folder = await open()

    for (const code of ['M144', '1234', 'MM440', '9921X', '']) {
      await expect(folder.create(code, 'x', 'Ana')).rejects.toMatchObject({
        code: 'invalid-argument',
      })
    }
  })
})

describe('FolderLock', () => {
  it('rejects a second writer and names the owner', async () => {
    await open({ app: 'first app' })

    await expect(ContentFolder.open(temp.path, { app: 'second app' })).rejects.toThrow(
      /being written by first app \(pid \d+/,
    )
  })

  it('opens read-only when asked to fall back', async () => {
    await open({ app: 'first app' })
    const second = await open({ app: 'second', fallbackToReadOnly: true })

    expect(second.readOnlyReason).toMatch(/first app/)
    await expect(second.create('M1440', 'x', 'Ana')).rejects.toMatchObject({ code: 'read-only' })
  })

  it('takes over a stale lock left by a dead process', async () => {
    const { hostname } = await import('node:os')
    const deadPid = 2 ** 22 + 12345
    await writeFile(
      join(temp.path, '.codedesk.lock'),
      JSON.stringify({
        pid: deadPid,
        hostname: hostname(),
        app: 'crashed',
        startedAt: '2020-01-01T00:00:00Z',
      }),
    )

    const folder = await open()
    const owner = JSON.parse(await readFile(join(temp.path, '.codedesk.lock'), 'utf8')) as {
      pid: number
    }

    expect(folder.readOnlyReason).toBeNull()
    expect(owner.pid).toBe(process.pid)
  })

  it('keeps a lock held by another host', async () => {
    await writeFile(
      join(temp.path, '.codedesk.lock'),
      JSON.stringify({
        pid: 1,
        hostname: 'other-host.example',
        app: 'CodeDesk',
        startedAt: '2020-01-01T00:00:00Z',
      }),
    )

    await expect(ContentFolder.open(temp.path, { app: 'test' })).rejects.toMatchObject({
      code: 'locked',
    })
  })
})

describe('ContentFolder hostile files', () => {
  it('reports a deeply nested entry and opens the rest', async () => {
    let node: Record<string, unknown> = {
      type: 'paragraph',
      content: [{ type: 'text', text: 'x' }],
    }
    for (let depth = 0; depth < 2_000; depth++) node = { type: 'bulletList', content: [node] }
    const deep = { ...makeEntry('G0008'), summary: { type: 'doc', content: [node] } }
    await writeEntryFile('G0008.json', JSON.stringify(deep))
    await writeEntryFile('G0071.json', JSON.stringify(makeEntry('G0071')))

    const folder = await open()
    const problem = folder.fileProblems()[0]

    expect(folder.list().map((summary) => summary.code)).toEqual(['G0071'])
    expect(problem?.path).toBe(join(temp.path, 'entries', 'G0008.json'))
    expect(problem?.reason).toMatch(/nested more than 32 levels/)
  })

  it('rejects a deeply nested entry on write', async () => {
    const folder = await open()
    let node: Record<string, unknown> = { type: 'paragraph' }
    for (let depth = 0; depth < 40; depth++) node = { type: 'bulletList', content: [node] }
    const deep = { ...makeEntry('G0008'), summary: { type: 'doc', content: [node] } }

    await expect(
      folder.write(deep as never, { actor: 'Ana', expectedUpdatedAt: null }),
    ).rejects.toThrow(/nested more than 32 levels/)
  })

  it('reports a symbolic link instead of following it', async () => {
    const { symlink } = await import('node:fs/promises')
    await writeFile(join(temp.path, 'secret.txt'), 'root:x:0:0')
    await mkdir(join(temp.path, 'entries'), { recursive: true })
    await symlink(join(temp.path, 'secret.txt'), join(temp.path, 'entries', 'A0001.json'))

    const folder = await open()
    const reason = folder.fileProblems()[0]?.reason ?? ''

    expect(reason).toMatch(/symbolic link/)
    expect(reason).not.toContain('root:x')
  })

  it('loads a file that starts with a byte order mark', async () => {
    await writeEntryFile('G0071.json', `\uFEFF${JSON.stringify(makeEntry('G0071'))}`)

    const folder = await open()

    expect(folder.fileProblems()).toEqual([])
    expect((await folder.read('G0071')).code).toBe('G0071')
  })

  it('names a folder where an entry file should be', async () => {
    await mkdir(join(temp.path, 'entries', 'G0071.json'), { recursive: true })

    const folder = await open()

    expect(folder.fileProblems()[0]?.reason).toMatch(/is a folder, not a file/)
  })

  it('keeps a read-only entry file', async () => {
    const { chmod, stat } = await import('node:fs/promises')
    const folder = await open()
    const entry = await folder.write(makeEntry('G0071'), { actor: 'Ana', expectedUpdatedAt: null })
    const path = join(temp.path, 'entries', 'G0071.json')
    const before = await readFile(path, 'utf8')
    await chmod(path, 0o444)

    const save = folder.write(
      { ...entry, title: 'Changed' },
      { actor: 'Ana', expectedUpdatedAt: null },
    )

    await expect(save).rejects.toMatchObject({ code: 'io' })
    await expect(save).rejects.toThrow(/is read-only.*chmod u\+w/)
    expect(await readFile(path, 'utf8')).toBe(before)
    expect((await stat(path)).mode & 0o777).toBe(0o444)
  })

  it('keeps file permissions across a save', async () => {
    const { chmod, stat } = await import('node:fs/promises')
    const folder = await open()
    const entry = await folder.write(makeEntry('G0071'), { actor: 'Ana', expectedUpdatedAt: null })
    const path = join(temp.path, 'entries', 'G0071.json')
    await chmod(path, 0o640)

    await folder.write({ ...entry, title: 'Changed' }, { actor: 'Ana', expectedUpdatedAt: null })

    expect((await stat(path)).mode & 0o777).toBe(0o640)
  })

  it('reports a failed write as an I/O error', async () => {
    const folder = await open()
    const entry = await folder.write(makeEntry('G0071'), { actor: 'Ana', expectedUpdatedAt: null })
    const path = join(temp.path, 'entries', 'G0071.json')
    const before = await readFile(path, 'utf8')
    // A folder where steno puts its temporary file makes the write fail.
    await mkdir(join(temp.path, 'entries', '.G0071.json.tmp', 'blocker'), { recursive: true })

    const save = folder.write(
      { ...entry, title: 'Changed' },
      { actor: 'Ana', expectedUpdatedAt: null },
    )

    await expect(save).rejects.toMatchObject({ code: 'io' })
    await expect(save).rejects.toThrow(/Could not write .*G0071\.json/)
    expect(await readFile(path, 'utf8')).toBe(before)
  })

  it('rejects an oversized title in the schema', async () => {
    const folder = await open()

    await expect(
      folder.write(
        { ...makeEntry('G0071'), title: 'x'.repeat(3_000_000) },
        { actor: 'Ana', expectedUpdatedAt: null },
      ),
    ).rejects.toThrow(/title/)
  })

  it('rejects a file path as the content folder', async () => {
    await writeFile(join(temp.path, 'plain.txt'), 'not a folder')

    await expect(ContentFolder.open(join(temp.path, 'plain.txt'), { app: 'test' })).rejects.toThrow(
      /is a file, not a folder/,
    )
  })
})

describe('FolderLock take-over', () => {
  it('leaves a lock it does not own on release', async () => {
    const folder = await open()
    const lockPath = join(temp.path, '.codedesk.lock')
    const foreign = JSON.stringify({
      pid: 1,
      hostname: 'other-host.example',
      app: 'x',
      startedAt: 'now',
    })
    await writeFile(lockPath, foreign)

    await folder.close()

    expect(await readFile(lockPath, 'utf8')).toBe(foreign)
  })
})
