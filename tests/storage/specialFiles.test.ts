import { execFileSync } from 'node:child_process'
import { join } from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { ContentFolder } from '../../src/storage/folder/ContentFolder'
import { copyContentFolder } from '../helpers/tempFolder'

let content: { path: string; remove: () => Promise<void> }

beforeEach(async () => {
  content = await copyContentFolder()
})

afterEach(async () => {
  await content.remove()
})

describe('ContentFolder with special files', () => {
  it('reports a FIFO named like an entry', async () => {
    const fifo = join(content.path, 'entries', 'X1234.json')
    execFileSync('mkfifo', [fifo])

    // Reading the FIFO would block until something writes to it, so the open would never end.
    const folder = await ContentFolder.open(content.path, { app: 'test' })
    try {
      expect(folder.fileProblems()).toContainEqual({
        path: fifo,
        reason: 'is not a regular file (a pipe, socket or device); remove it from entries/',
      })
      expect(folder.has('M1440')).toBe(true)
    } finally {
      await folder.close()
    }
  })
})
