import { type ChildProcess, spawn } from 'node:child_process'
import { access } from 'node:fs/promises'
import { join } from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { copyContentFolder } from '../helpers/tempFolder'

const START_SCRIPT = join(import.meta.dirname, '..', '..', 'scripts', 'start.js')

let content: { path: string; remove: () => Promise<void> }
let child: ChildProcess | null = null

/** Starts `npm start`'s script without DISPLAY and WAYLAND_DISPLAY, like a headless Linux session. */
function startHeadless(args: string[]) {
  const env = { ...process.env }
  delete env.DISPLAY
  delete env.WAYLAND_DISPLAY
  const started = spawn(process.execPath, [START_SCRIPT, ...args], { env, stdio: 'pipe' })
  child = started

  let stdout = ''
  let stderr = ''
  started.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  started.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))

  const firstLine = new Promise<string>((resolve, reject) => {
    started.stdout.on('data', () => {
      if (stdout.includes('\n')) resolve(stdout.split('\n')[0] ?? '')
    })
    started.once('exit', (code) => reject(new Error(`start.js exited with ${code}: ${stderr}`)))
  })
  // A test that expects an early exit never awaits the first line.
  firstLine.catch(() => undefined)
  const exited = new Promise<number | null>((resolve) => started.once('exit', resolve))

  return { firstLine, exited, stderr: () => stderr, stdout: () => stdout, process: started }
}

beforeEach(async () => {
  content = await copyContentFolder()
})

afterEach(async () => {
  if (child !== null && child.exitCode === null) child.kill('SIGKILL')
  child = null
  await content.remove()
})

describe('scripts/start.js', () => {
  it('falls back to browser mode without a display', async () => {
    const started = startHeadless(['--content', content.path, '--port', '0'])

    const url = await started.firstLine
    const { origin, searchParams } = new URL(url)
    const response = await fetch(`${origin}/api/getFolderInfo`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'X-CodeDesk-Token': searchParams.get('token') ?? '',
      },
      body: '{}',
    })
    const result = (await response.json()) as { ok: boolean; value: { folder: string } }
    started.process.kill('SIGTERM')
    const exitCode = await started.exited

    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{40,}$/)
    expect(started.stdout().trim().split('\n')).toEqual([url])
    expect(started.stderr().split('\n')[0]).toBe(
      'codedesk: Electron cannot start (no display: DISPLAY and WAYLAND_DISPLAY are not set); starting browser mode.',
    )
    expect(result).toMatchObject({ ok: true, value: { folder: content.path } })
    expect(exitCode).toBe(0)
    await expect(access(join(content.path, '.codedesk.lock'))).rejects.toMatchObject({
      code: 'ENOENT',
    })
  })

  it('reports a bad option with exit code 2', async () => {
    const started = startHeadless(['--colour'])

    expect(await started.exited).toBe(2)
    expect(started.stderr()).toContain("Unknown option '--colour'")
  })
})
