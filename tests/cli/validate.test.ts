import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import { main } from '../../src/cli/main'
import type { FolderValidation } from '../../src/shared/api/types'
import { makeEntry } from '../helpers/entryFactory'
import { bufferOutput } from '../helpers/runCli'
import {
  cleanEntries,
  type ContentFixture,
  problemEntries,
  writeContentFolder,
} from './validateFixture'

let fixture: ContentFixture | null = null

afterEach(async () => {
  await fixture?.remove()
  fixture = null
})

async function run(args: string[]) {
  const output = bufferOutput()
  const code = await main(['validate', ...args], output)

  return { code, stdout: output.stdout(), stderr: output.stderr() }
}

describe('codedesk validate', () => {
  it('exits 0 on a clean folder', async () => {
    fixture = await writeContentFolder(cleanEntries())
    const result = await run(['--content', fixture.path])

    expect(result.code).toBe(0)
    expect(result.stdout).toBe('0 errors, 0 warnings, 0 info')
  })

  it('exits 1 on errors and names file, field and problem', async () => {
    fixture = await writeContentFolder(problemEntries())
    const result = await run(['--content', fixture.path])
    const lines = result.stdout.split('\n')

    expect(result.code).toBe(1)
    expect(lines).toContain(
      `${join(fixture.path, 'entries', 'M1440.json')}: error: faqs[2].answer: 'This CPT code' calls M1440 a CPT code, but M1440 is an HCPCS Level II code. Call it an HCPCS code. [terminology/code-system]`,
    )
    expect(lines.slice(-3)).toEqual([
      '1 error, 2 warnings, 0 info',
      '  synonyms/shared          2 warnings',
      '  terminology/code-system  1 error',
    ])
  })

  it('exits 0 on warnings alone, and 1 with --strict', async () => {
    const [m1440, g2012] = cleanEntries()
    fixture = await writeContentFolder([
      { ...m1440!, synonyms: ['video visit'] },
      { ...g2012!, synonyms: ['video visit'] },
    ])

    expect((await run(['--content', fixture.path])).code).toBe(0)
    expect((await run(['--content', fixture.path, '--strict'])).code).toBe(1)
  })

  it('prints every problem as JSON', async () => {
    fixture = await writeContentFolder(problemEntries())
    const result = await run(['--content', fixture.path, '--format', 'json'])
    const parsed = JSON.parse(result.stdout) as FolderValidation & { folder: string }

    expect(result.code).toBe(1)
    expect(parsed.folder).toBe(fixture.path)
    expect(parsed.counts).toEqual({ error: 1, warning: 2, info: 0 })
    expect(parsed.byRule).toEqual({ 'synonyms/shared': 2, 'terminology/code-system': 1 })
    expect(parsed.problems.map((problem) => Object.keys(problem).sort())).toEqual(
      Array(3).fill(['code', 'field', 'message', 'ruleId', 'severity']),
    )
    expect(parsed.problems.find((problem) => problem.severity === 'error')).toEqual({
      ruleId: 'terminology/code-system',
      code: 'M1440',
      field: 'faqs[2].answer',
      message:
        "faqs[2].answer: 'This CPT code' calls M1440 a CPT code, but M1440 is an HCPCS Level II code. Call it an HCPCS code.",
      severity: 'error',
    })
  })

  it('reports a corrupt entry file with its path and exits 1', async () => {
    fixture = await writeContentFolder(cleanEntries())
    const corruptPath = join(fixture.path, 'entries', 'G0071.json')
    await writeFile(corruptPath, 'code: G0071')

    const text = await run(['--content', fixture.path])
    const json = await run(['--content', fixture.path, '--format', 'json'])
    const parsed = JSON.parse(json.stdout) as FolderValidation

    expect(text.code).toBe(1)
    expect(text.stdout.split('\n')[0]).toMatch(
      new RegExp(
        `^${corruptPath.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: error: file is not valid JSON .*\\[file/unreadable\\]$`,
      ),
    )
    expect(text.stdout).toContain('1 error, 0 warnings, 0 info')
    expect(json.code).toBe(1)
    expect(parsed.fileProblems).toEqual([
      { path: corruptPath, reason: expect.stringMatching(/^file is not valid JSON/) as unknown },
    ])
  })

  it('reports an unknown rule id in workspace.json against that file', async () => {
    fixture = await writeContentFolder(cleanEntries(), {
      'workspace.json': JSON.stringify({ rules: { 'synonym/shared': 'off' } }),
    })
    const result = await run(['--content', fixture.path])

    expect(result.code).toBe(0)
    expect(result.stdout.split('\n')[0]).toBe(
      `${join(fixture.path, 'workspace.json')}: warning: rules.synonym/shared: workspace.json sets 'synonym/shared', which is not a validation rule, so the setting has no effect. Did you mean 'synonyms/shared'? Fix the id or remove the setting. [workspace/unknown-rule]`,
    )
  })

  it('applies rule settings from workspace.json', async () => {
    fixture = await writeContentFolder(problemEntries(), {
      'workspace.json': JSON.stringify({ rules: { 'terminology/code-system': 'warning' } }),
    })
    const result = await run(['--content', fixture.path])

    expect(result.code).toBe(0)
    expect(result.stdout).toContain('0 errors, 3 warnings, 0 info')
  })

  it('exits 2 when the folder does not exist', async () => {
    const result = await run(['--content', '/nonexistent/codedesk-content'])

    expect(result.code).toBe(2)
    expect(result.stderr).toBe(
      'codedesk validate: Content folder /nonexistent/codedesk-content does not exist. Check the path, or create it with an entries/ folder inside.',
    )
  })

  it('exits 2 on usage errors', async () => {
    fixture = await writeContentFolder([makeEntry('M1440')])
    const badFormat = await run(['--content', fixture.path, '--format', 'xml'])
    const unknownOption = await run(['--content', fixture.path, '--fix'])
    const positional = await run([fixture.path])

    expect(badFormat.code).toBe(2)
    expect(badFormat.stderr).toContain("Invalid --format 'xml': use text or json.")
    expect(unknownOption.code).toBe(2)
    expect(unknownOption.stderr).toContain('Usage: codedesk validate')
    expect(positional.code).toBe(2)
  })
})
