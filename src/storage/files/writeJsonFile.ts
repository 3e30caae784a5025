import { chmodSync, statSync, unlinkSync } from 'node:fs'
import { chmod, stat, unlink } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

import { CodeDeskError } from '../../shared/errors'
import { openJsonDataFile, openJsonDataFileSync } from './JsonDataFile'

const ERRNO_ADVICE: Record<string, string> = {
  EACCES: 'permission denied; make the file and its folder writable',
  EPERM: 'operation not permitted; check the file is not locked or marked immutable',
  ENOSPC: 'the disk is full; free some space',
  EROFS: 'the file system is read-only',
  EDQUOT: 'the disk quota is used up; free some space',
}

/**
 * Returns the temporary file steno (and lowdb's blocking adapter) writes beside `path` before
 * renaming it over the target.
 */
function stenoTempPath(path: string): string {
  return join(dirname(path), `.${basename(path)}.tmp`)
}

async function existingMode(path: string): Promise<number | null> {
  try {
    return (await stat(path)).mode & 0o777
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}

function existingModeSync(path: string): number | null {
  try {
    return statSync(path).mode & 0o777
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}

// Permissions of a file that steno creates (0o666 less the process's umask), read from the first
// file this process replaced. A save of a file that has these permissions skips chmod.
// NOTE: a umask changed after that first write goes unnoticed, so a file could then get the new
// default permissions instead of keeping its own.
let createdFileMode: number | null = null

/**
 * Raises `io` for a file whose permissions mark it read-only, which the writes here do not
 * replace, so a caller can stop before writes that belong with it.
 */
export function assertWritableFile(path: string): void {
  assertReplaceable(path, existingModeSync(path))
}

// Refuses to replace a file whose permissions mark it read-only, even where the rename would
// succeed (as root, or in a writable folder).
function assertReplaceable(path: string, mode: number | null): void {
  if (mode !== null && (mode & 0o222) === 0) {
    throw new CodeDeskError(
      'io',
      `File ${path} is read-only, so it was not overwritten. Make it writable (chmod u+w) and save again.`,
    )
  }
}

function writeFailure(path: string, error: unknown): CodeDeskError {
  const errno = (error as NodeJS.ErrnoException).code ?? ''
  const advice = ERRNO_ADVICE[errno] ?? (error instanceof Error ? error.message : String(error))
  return new CodeDeskError('io', `Could not write ${path}: ${advice}.`, { errno })
}

/**
 * Writes `data` as canonical JSON through lowdb (temporary file, then rename). A file whose
 * permissions mark it read-only is not replaced. A failed write removes the temporary file and
 * raises `io` with advice.
 */
export async function writeJsonFile(path: string, data: unknown): Promise<void> {
  const mode = await existingMode(path)
  assertReplaceable(path, mode)

  try {
    await openJsonDataFile(path).write(data)
  } catch (error) {
    await unlink(stenoTempPath(path)).catch(() => undefined)
    throw writeFailure(path, error)
  }

  // The rename gives the file default permissions; keep the ones it had.
  if (mode === null) return
  createdFileMode ??= await existingMode(path)
  if (mode !== createdFileMode) await chmod(path, mode).catch(() => undefined)
}

/** `writeJsonFile` with blocking calls, for worker threads. */
export function writeJsonFileSync(path: string, data: unknown): void {
  const mode = existingModeSync(path)
  assertReplaceable(path, mode)

  try {
    openJsonDataFileSync(path).write(data)
  } catch (error) {
    try {
      unlinkSync(stenoTempPath(path))
    } catch {
      // Nothing was left behind.
    }
    throw writeFailure(path, error)
  }

  if (mode === null) return
  createdFileMode ??= existingModeSync(path)
  if (mode !== createdFileMode) {
    try {
      chmodSync(path, mode)
    } catch {
      // The content is written; only its permissions are the default ones.
    }
  }
}
