import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { FileWriteQueue } from '../../src/storage/export/FileWriteQueue'
import { makeTempFolder } from '../helpers/tempFolder'

let temp: { path: string; remove: () => Promise<void> }

beforeEach(async () => {
  temp = await makeTempFolder('codedesk-write-queue-')
})

afterEach(async () => {
  await temp.remove()
})

describe('FileWriteQueue', () => {
  it('writes every file by flush', async () => {
    const queue = new FileWriteQueue(2)

    for (let index = 0; index < 10; index++) {
      await queue.write(join(temp.path, `${index}.txt`), `file ${index}\n`)
    }
    await queue.flush()

    expect((await readdir(temp.path)).length).toBe(10)
    expect(await readFile(join(temp.path, '7.txt'), 'utf8')).toBe('file 7\n')
  })

  it('raises a failed write from flush and later writes', async () => {
    const queue = new FileWriteQueue(2)

    await queue.write(join(temp.path, 'missing', 'a.txt'), 'a')
    const flushed = queue.flush()

    await expect(flushed).rejects.toMatchObject({ code: 'ENOENT' })
    await expect(queue.write(join(temp.path, 'b.txt'), 'b')).rejects.toMatchObject({
      code: 'ENOENT',
    })
    expect(await readdir(temp.path)).toEqual([])
  })
})
