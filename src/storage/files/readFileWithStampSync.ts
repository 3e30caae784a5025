import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs'

import type { FileStamp } from '../folder/summaryCache'

/** A file's bytes, with the stamp of the file they were read from. */
export interface StampedBytes {
  bytes: Buffer
  stamp: FileStamp
}

/**
 * Reads a whole file with a blocking read and takes its stamp from the open descriptor, so the
 * bytes and the stamp belong to the same file even when it is replaced meanwhile. Raises the
 * error of the failed call.
 */
export function readFileWithStampSync(path: string): StampedBytes {
  const descriptor = openSync(path, 'r')
  try {
    const stats = fstatSync(descriptor)
    const stamp = { size: stats.size, mtimeMs: stats.mtimeMs, ino: stats.ino }

    return { bytes: readFileSync(descriptor), stamp }
  } finally {
    closeSync(descriptor)
  }
}
