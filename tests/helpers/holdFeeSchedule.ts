import { execFile } from 'node:child_process'
import { constants } from 'node:fs'
import { open, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { setTimeout as delay } from 'node:timers/promises'
import { promisify } from 'node:util'

import { FEE_SCHEDULE_FILE, type FeeSchedule } from '../../src/shared/model/feeSchedule'

const READER_WAIT_MS = 10_000

/** A fee-schedule.json that blocks its reader until `release` writes the schedule into it. */
export interface HeldFeeSchedule {
  /**
   * Writes the schedule to the waiting reader, then leaves a regular file with the same content.
   * A second call returns the first call's promise.
   */
  release(): Promise<void>
}

/** Returns a small valid fee schedule that lists `codes`, in the format the RVU import writes. */
export function sampleFeeSchedule(codes: string[]): FeeSchedule {
  return {
    release: 'RVU25D',
    sourceFile: 'PPRRVU2025_Oct.csv',
    importedAt: '2026-01-02T03:04:05.000Z',
    codes,
  }
}

async function openPipeForWriting(path: string) {
  const deadline = Date.now() + READER_WAIT_MS

  for (;;) {
    try {
      // Without a reader, a non-blocking open for writing fails with ENXIO instead of waiting.
      return await open(path, constants.O_WRONLY | constants.O_NONBLOCK)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENXIO') throw error
      if (Date.now() > deadline) {
        throw new Error(
          `Nothing opened ${path} for reading within ${READER_WAIT_MS} ms. ` +
            'Check that the content service still loads the fee schedule when it starts.',
        )
      }
      await delay(20)
    }
  }
}

/**
 * Puts a named pipe (FIFO) where the folder's fee-schedule.json goes. The content service loads
 * the fee schedule before it starts the background validation, so the validation waits on the pipe
 * until `release`. Tests use this to see the app while the validation is pending, without timing.
 */
export async function holdFeeSchedule(
  folder: string,
  schedule: FeeSchedule,
): Promise<HeldFeeSchedule> {
  const path = join(folder, FEE_SCHEDULE_FILE)
  const text = `${JSON.stringify(schedule, null, 2)}\n`
  await promisify(execFile)('mkfifo', [path])

  let released: Promise<void> | null = null
  const release = async () => {
    const writer = await openPipeForWriting(path)
    try {
      await writer.write(text)
    } finally {
      await writer.close()
    }

    // Later loads, such as after an RVU import, then read a regular file and do not block.
    await writeFile(`${path}.tmp`, text)
    await rename(`${path}.tmp`, path)
  }

  return {
    release() {
      released ??= release()
      return released
    },
  }
}
