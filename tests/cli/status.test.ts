import { execFile } from 'node:child_process'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import type { StatusReport } from '../../src/cli/commands/status'
import { main } from '../../src/cli/main'
import type { Entry, EntryStatus } from '../../src/shared/model/entry'
import { ContentFolder } from '../../src/storage/folder/ContentFolder'
import { makeEntry } from '../helpers/entryFactory'
import { makeTempFolder } from '../helpers/tempFolder'

const repoRoot = join(import.meta.dirname, '..', '..')

let temp: { path: string; remove: () => Promise<void> }

function entryIn(code: string, status: EntryStatus, updatedAt: string): Entry {
  return makeEntry(code, {
    workflow: { status, revision: 1, approvedRevision: null, publishedVersion: null },
    meta: { createdAt: updatedAt, createdBy: 'Ana Writer', updatedAt, updatedBy: 'Ana Writer' },
  })
}

async function run(args: string[]) {
  const out: string[] = []
  const err: string[] = []
  const code = await main(args, { out: (text) => out.push(text), err: (text) => err.push(text) })

  return { code, out: out.join('\n'), err: err.join('\n') }
}

beforeEach(async () => {
  temp = await makeTempFolder('codedesk-status-')
  const folder = await ContentFolder.open(temp.path, { app: 'status test' })
  const entries = [
    entryIn('M1440', 'in-review', '2026-03-03T10:00:00.000Z'),
    entryIn('G0071', 'in-review', '2026-03-01T10:00:00.000Z'),
    entryIn('J0129', 'approved', '2026-02-01T10:00:00.000Z'),
    entryIn('G2012', 'draft', '2026-02-01T10:00:00.000Z'),
  ]
  for (const entry of entries) {
    await folder.write(entry, {
      actor: 'Ana Writer',
      expectedUpdatedAt: null,
      now: new Date(entry.meta.updatedAt),
    })
  }
  await folder.close()
})

afterEach(async () => {
  await temp.remove()
})

describe('codedesk status', () => {
  it('prints counts and the queue oldest first', async () => {
    const result = await run(['status', '--content', temp.path])
    const lines = result.out.split('\n')

    expect(result.code).toBe(0)
    expect(lines[0]).toBe(`${temp.path}: 4 entries`)
    expect(lines).toContain('  draft                   1')
    expect(lines).toContain('  in-review               2')
    expect(lines).toContain('  approved                1')
    expect(lines).toContain('Review queue (2, oldest first):')
    expect(lines.findIndex((line) => line.includes('G0071'))).toBeLessThan(
      lines.findIndex((line) => line.includes('M1440')),
    )
    expect(result.out).toMatch(
      /G0071 {2}rev 1 {2}Title of G0071 {2}by Ana Writer, submitted 2026-03-01/,
    )
  })

  it('prints JSON with waiting days', async () => {
    const result = await run(['status', '--content', temp.path, '--format', 'json'])
    const report = JSON.parse(result.out) as StatusReport

    expect(result.code).toBe(0)
    expect(report.counts).toEqual({
      draft: 1,
      'in-review': 2,
      'changes-requested': 0,
      approved: 1,
      published: 0,
    })
    expect(report.queue.map((item) => item.code)).toEqual(['G0071', 'M1440'])
    expect(report.queue[0]?.waitingDays).toBeGreaterThanOrEqual(
      report.queue[1]?.waitingDays ?? Infinity,
    )
    expect(report.fileProblems).toEqual([])
  })

  it('lists a corrupt history file and exits 1', async () => {
    const historyPath = join(temp.path, 'history', 'M1440.json')
    await mkdir(join(temp.path, 'history'))
    await writeFile(historyPath, '{ "code": "M1440", "events": [')

    const result = await run(['status', '--content', temp.path])

    expect(result.code).toBe(1)
    expect(result.out).toContain(`${historyPath}: error: file is truncated`)
    expect(result.out).toMatch(/M1440 {2}rev 1/)
  })

  it('skips other history files when quick', async () => {
    const historyPath = join(temp.path, 'history', 'J0129.json')
    await mkdir(join(temp.path, 'history'))
    await writeFile(historyPath, '{ "code": "J0129", "events": [')

    const quick = await run(['status', '--content', temp.path, '--quick'])
    const full = await run(['status', '--content', temp.path])

    expect(quick.code).toBe(0)
    expect(quick.out).not.toContain(historyPath)
    expect(full.code).toBe(1)
    expect(full.out).toContain(historyPath)
  })

  it('rejects an unknown format with exit 2', async () => {
    const result = await run(['status', '--content', temp.path, '--format', 'yaml'])

    expect(result.code).toBe(2)
    expect(result.err).toMatch(/Invalid --format 'yaml': use text or json/)
  })

  it('reports a missing folder with exit 2', async () => {
    const missing = join(temp.path, 'nope')

    const result = await run(['status', '--content', missing])

    expect(result.code).toBe(2)
    expect(result.err).toMatch(new RegExp(`Content folder ${missing} does not exist`))
  })

  it('runs through the codedesk binary', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [join(repoRoot, 'bin', 'codedesk.js'), 'status', '--content', temp.path, '--format', 'json'],
      { cwd: repoRoot },
    )

    expect((JSON.parse(stdout) as StatusReport).counts['in-review']).toBe(2)
  })
})
