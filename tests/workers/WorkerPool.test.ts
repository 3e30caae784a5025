import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { WorkerPool } from '../../src/storage/workers/WorkerPool'
import { makeTempFolder } from '../helpers/tempFolder'

// Replies with the request doubled and its thread's id; exits on 'exit' and never replies to 'hang'.
const ECHO_WORKER = `import { parentPort, threadId } from 'node:worker_threads'
parentPort.on('message', (request) => {
  if (request === 'exit') process.exit(3)
  if (request === 'hang') return
  parentPort.postMessage({ value: request * 2, threadId })
})
`

type Reply = { value: number; threadId: number }

let temp: { path: string; remove: () => Promise<void> }
let script: string
const pools: Array<WorkerPool<unknown, Reply>> = []

function pool(threads = 2): WorkerPool<unknown, Reply> {
  const created = new WorkerPool<unknown, Reply>({ script, threads }, null, { oldGenerationMb: 64 })
  pools.push(created)
  return created
}

beforeEach(async () => {
  temp = await makeTempFolder('codedesk-pool-')
  script = join(temp.path, 'echo-worker.mjs')
  await writeFile(script, ECHO_WORKER)
})

afterEach(async () => {
  for (const created of pools.splice(0)) await created.close()
  await temp.remove()
})

describe('WorkerPool', () => {
  it('handles every reply and keeps its threads between runs', async () => {
    const workers = pool(2)
    const first: Reply[] = []
    const second: Reply[] = []

    await workers.run([1, 2, 3, 4, 5], { onReply: (reply) => first.push(reply) })
    await workers.run([6, 7, 8], { onReply: (reply) => second.push(reply) })

    expect(first.map(({ value }) => value).sort((a, b) => a - b)).toEqual([2, 4, 6, 8, 10])
    expect(second.map(({ value }) => value).sort((a, b) => a - b)).toEqual([12, 14, 16])
    const threads = new Set(first.map(({ threadId }) => threadId))
    for (const { threadId } of second) expect(threads.has(threadId)).toBe(true)
  })

  it('queues the next request and releases each once its reply was handled', async () => {
    const events: string[] = []

    await pool(1).run([1, 2, 3], {
      prepare: async (request) => {
        events.push(`prepare ${String(request)}`)
        return () => events.push(`release ${String(request)}`)
      },
      onReply: (reply) => events.push(`reply ${reply.value}`),
    })

    expect(events).toEqual([
      'prepare 1',
      'prepare 2',
      'reply 2',
      'release 1',
      'prepare 3',
      'reply 4',
      'release 2',
      'reply 6',
      'release 3',
    ])
  })

  it('rejects when a worker exits mid-batch, releasing every request out', async () => {
    const workers = pool(2)
    const released: unknown[] = []

    const run = workers.run(['hang', 'exit'], {
      prepare: async (request) => () => released.push(request),
      onReply: () => undefined,
    })

    await expect(run).rejects.toThrow('exited with code 3')
    expect(released.sort()).toEqual(['exit', 'hang'])
    await expect(workers.run([1], { onReply: () => undefined })).rejects.toThrow('closed')
  })

  it('rejects when the script fails to load', async () => {
    const broken = join(temp.path, 'broken-worker.mjs')
    await writeFile(broken, "throw new Error('broken on purpose')\n")
    const workers = new WorkerPool<number, Reply>({ script: broken, threads: 2 }, null, {
      oldGenerationMb: 64,
    })
    pools.push(workers)

    await expect(workers.run([1, 2], { onReply: () => undefined })).rejects.toThrow(
      'broken on purpose',
    )
  })

  it('rejects a reply handler that throws and stops the workers', async () => {
    const workers = pool(1)

    const run = workers.run([1, 2], {
      onReply: () => {
        throw new Error('handler failed')
      },
    })

    await expect(run).rejects.toThrow('handler failed')
    await expect(workers.run([1], { onReply: () => undefined })).rejects.toThrow('closed')
  })
})
