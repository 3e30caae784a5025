import { execFile } from 'node:child_process'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { main } from '../../src/cli/main'
import type { FolderValidation } from '../../src/shared/api/types'
import { docFromParagraphs } from '../../src/shared/model/richText'
import { ContentFolder } from '../../src/storage/folder/ContentFolder'
import { createLogger } from '../../src/storage/logger'
import { ProfileStore } from '../../src/storage/profile/ProfileStore'
import { createContentService } from '../../src/storage/service/createContentService'
import { makeEntry } from '../helpers/entryFactory'
import { bufferOutput } from '../helpers/runCli'
import { type ContentFixture, problemEntries, writeContentFolder } from './validateFixture'

const repoRoot = join(import.meta.dirname, '..', '..')
const runFile = promisify(execFile)

let fixture: ContentFixture

beforeAll(async () => {
  fixture = await writeContentFolder(
    [
      ...problemEntries(),
      makeEntry('M1426', {
        title: 'A short title that runs far too long',
        synonyms: ['', 'video visit'],
        plainLanguage: docFromParagraphs(['Your telehealth visit is a M code visit.']),
        clinicalContext: docFromParagraphs(['See G0071 for the follow-up']),
      }),
    ],
    {
      'workspace.json': JSON.stringify({ rules: { 'links/unknown': 'error' } }),
      'fee-schedule.json': JSON.stringify({
        release: 'RVU26A',
        sourceFile: 'PPRRVU26_JAN.csv',
        importedAt: '2026-01-05T10:00:00.000Z',
        codes: ['G2012'],
      }),
    },
  )
  await writeFile(join(fixture.path, 'entries', 'G0071.json'), '[]')
})

afterAll(async () => {
  await fixture.remove()
})

async function viaMain(): Promise<FolderValidation> {
  const output = bufferOutput()
  await main(['validate', '--content', fixture.path, '--format', 'json'], output)

  return JSON.parse(output.stdout()) as FolderValidation
}

async function viaBin(): Promise<{ exitCode: number; result: FolderValidation }> {
  const bin = join(repoRoot, 'bin', 'codedesk.js')
  const args = [bin, 'validate', '--content', fixture.path, '--format', 'json']
  try {
    const { stdout } = await runFile(process.execPath, args, { cwd: repoRoot })
    return { exitCode: 0, result: JSON.parse(stdout) as FolderValidation }
  } catch (error) {
    const failed = error as { code: number; stdout: string }
    return { exitCode: failed.code, result: JSON.parse(failed.stdout) as FolderValidation }
  }
}

async function viaApi(): Promise<FolderValidation> {
  const folder = await ContentFolder.open(fixture.path, { app: 'test', readOnly: true })
  try {
    const profiles = new ProfileStore(join(fixture.path, 'profile.json'))
    const api = createContentService(folder, { profiles, log: createLogger('test') })
    await api.context.validator.whenIdle()
    const result = await api.validateFolder({})
    if (!result.ok) throw new Error(result.error.message)

    return result.value
  } finally {
    await folder.close()
  }
}

describe('validation parity', () => {
  it('gives the CLI, the bin script and the ContentApi the same problems', async () => {
    const fromMain = await viaMain()
    const fromBin = await viaBin()
    const fromApi = await viaApi()

    expect(fromMain.problems.length).toBeGreaterThan(8)
    expect(new Set(fromMain.problems.map((problem) => problem.ruleId)).size).toBeGreaterThan(6)
    expect(fromBin.exitCode).toBe(1)
    expect(fromBin.result.problems).toEqual(fromMain.problems)
    expect(fromApi.problems).toEqual(fromMain.problems)
    expect(fromApi.fileProblems).toEqual(fromMain.fileProblems)
    expect(fromBin.result.fileProblems).toEqual(fromMain.fileProblems)
    expect(fromApi.counts).toEqual(fromMain.counts)
  })
})
