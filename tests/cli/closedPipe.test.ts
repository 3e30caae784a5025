import { execFile, spawn } from 'node:child_process'
import { join } from 'node:path'
import { promisify } from 'node:util'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { copyContentFolder } from '../helpers/tempFolder'
import { sharedDataDir } from '../import/importFolder'

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'codedesk.js')
const HCPCS_FILE = join(sharedDataDir, 'hcpcs', 'HCPC2020_ANWEB_w_disclaimer.txt.gz')
// A Linux pipe buffers 64 KiB, so only longer output meets a closed reader while still writing.
const PIPE_BUFFER = 64 * 1024

let content: { path: string; remove: () => Promise<void> }

/**
 * Runs the CLI with its standard output read up to the first chunk and then closed, as
 * `codedesk ... | head -1` does. Resolves with the exit code and what it wrote to stderr.
 */
function runIntoClosedPipe(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.stdout.once('data', () => child.stdout.destroy())
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stderr }))
  })
}

beforeEach(async () => {
  content = await copyContentFolder()
})

afterEach(async () => {
  await content.remove()
})

describe('codedesk output into a closed pipe', () => {
  it('stops printing and keeps the exit status', async () => {
    // A dry-run import of the whole HCPCS file lists thousands of new drafts.
    const args = ['import', 'hcpcs', HCPCS_FILE, '--dry-run', '--content', content.path]
    const full = await promisify(execFile)(process.execPath, [BIN, ...args], {
      maxBuffer: 64 * 1024 * 1024,
    }).then(
      ({ stdout }) => ({ code: 0, stdout }),
      (error: { code: number; stdout: string }) => error,
    )
    expect(full.stdout.length).toBeGreaterThan(PIPE_BUFFER)

    const cut = await runIntoClosedPipe(args)

    expect(cut.stderr).not.toContain('EPIPE')
    expect(cut.code).toBe(full.code)
  })
})
