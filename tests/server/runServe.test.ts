import { access } from 'node:fs/promises'
import { createServer, type Server } from 'node:net'
import { join } from 'node:path'

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { runServe } from '../../src/server/runServe'
import { copyContentFolder } from '../helpers/tempFolder'

let content: { path: string; remove: () => Promise<void> }
let stdout: string[]
let stderr: string[]

beforeEach(async () => {
  content = await copyContentFolder()
  stdout = []
  stderr = []
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout.push(String(chunk))
    return true
  })
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    stderr.push(String(chunk))
    return true
  })
})

afterEach(async () => {
  vi.restoreAllMocks()
  await content.remove()
})

describe('runServe', () => {
  it('prints usage for --help', async () => {
    expect(await runServe(['--help'], content.path)).toBe(0)
    expect(stdout.join('')).toContain('Usage: npm run serve -- [--content DIR] [--port N]')
  })

  it('rejects an invalid port', async () => {
    for (const port of ['-1', '65536', '80.5', 'http']) {
      expect(await runServe(['--port', port], content.path), port).toBe(2)
    }

    expect(stderr.join('')).toContain('--port http is invalid')
  })

  it('reports a busy port and releases the folder', async () => {
    const busy: Server = createServer()
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve))
    const port = (busy.address() as { port: number }).port
    try {
      const exitCode = await runServe(
        ['--content', content.path, '--port', String(port)],
        content.path,
      )

      expect(exitCode).toBe(2)
      expect(stderr.join('')).toContain(`port ${port} is already in use`)
      expect(stdout).toEqual([])
      await expect(access(join(content.path, '.codedesk.lock'))).rejects.toMatchObject({
        code: 'ENOENT',
      })
    } finally {
      await new Promise((resolve) => busy.close(resolve))
    }
  })
})
