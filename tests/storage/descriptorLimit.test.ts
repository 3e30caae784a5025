import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { promisify } from 'node:util'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { generateContentFolder } from '../../bench/generate/generateContentFolder'
import type { FileProblem } from '../../src/shared/api/types'
import { makeTempFolder } from '../helpers/tempFolder'

const run = promisify(execFile)
const repoRoot = join(import.meta.dirname, '..', '..')
// macOS's default soft limit; Linux defaults to 1024 or more, so the test lowers it.
const DESCRIPTOR_LIMIT = 256
const ENTRY_COUNT = 20_000

interface OpenReport {
  codes: string[]
  fileProblems: FileProblem[]
  openFileLimit: number | null
}

let temp: { path: string; remove: () => Promise<void> }
let generatedCodes: string[]

beforeAll(async () => {
  temp = await makeTempFolder('codedesk-descriptors-')
  // Small entries: the test is about how many files are open at once, not about their size.
  const generated = await generateContentFolder(temp.path, {
    entries: ENTRY_COUNT,
    seed: 256,
    size: 'small',
  })
  generatedCodes = generated.codes
}, 120_000)

afterAll(async () => {
  await temp?.remove()
})

describe('ContentFolder.open', () => {
  it(`lists ${ENTRY_COUNT} entries under ulimit -n ${DESCRIPTOR_LIMIT}`, async () => {
    const script = `ulimit -n ${DESCRIPTOR_LIMIT} && exec "$0" --import tsx bench/openFolderReport.ts "$1"`
    const { stdout } = await run('bash', ['-c', script, process.execPath, temp.path], {
      cwd: repoRoot,
      maxBuffer: 16 * 1024 * 1024,
    })
    const report = JSON.parse(stdout) as OpenReport

    expect(report.openFileLimit).toBe(DESCRIPTOR_LIMIT)
    expect(report.fileProblems).toEqual([])
    expect(report.codes).toHaveLength(ENTRY_COUNT)
    expect(report.codes).toEqual([...generatedCodes].sort())
  }, 120_000)
})
