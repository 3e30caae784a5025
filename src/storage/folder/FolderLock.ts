import { randomBytes } from 'node:crypto'
import { link, open, readFile, rename, stat, unlink } from 'node:fs/promises'
import { hostname } from 'node:os'
import { join } from 'node:path'

import { CodeDeskError } from '../../shared/errors'

export const LOCK_FILE_NAME = '.codedesk.lock'

/** The holder of a content folder's write lock, stored as the lock file's JSON. */
export interface LockOwner {
  pid: number
  hostname: string
  app: string
  startedAt: string
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM means the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

function parseOwner(text: string): LockOwner | null {
  try {
    const parsed = JSON.parse(text) as Partial<LockOwner>
    if (typeof parsed.pid !== 'number' || typeof parsed.hostname !== 'string') return null

    return {
      pid: parsed.pid,
      hostname: parsed.hostname,
      app: String(parsed.app ?? 'unknown'),
      startedAt: String(parsed.startedAt ?? 'unknown'),
    }
  } catch {
    return null
  }
}

async function readLockText(lockPath: string): Promise<string | null> {
  try {
    return await readFile(lockPath, 'utf8')
  } catch {
    return null
  }
}

/**
 * Removes a stale lock only if it is still the one judged stale. The lock is first renamed to a
 * private name, which is atomic. If the renamed file is not the stale one, because another process
 * took the lock in between, it is linked back and the take-over is abandoned.
 */
async function removeStaleLock(lockPath: string, staleText: string | null): Promise<boolean> {
  const privatePath = `${lockPath}.${process.pid}.${randomBytes(4).toString('hex')}.stale`
  try {
    await rename(lockPath, privatePath)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return true
    throw error
  }

  const renamedText = await readLockText(privatePath)
  if (renamedText !== staleText) {
    await link(privatePath, lockPath).catch(() => undefined)
    await unlink(privatePath).catch(() => undefined)
    return false
  }

  await unlink(privatePath).catch(() => undefined)
  return true
}

const UNREADABLE_LOCK_GRACE_MS = 5_000

/**
 * Returns whether the owner is a dead process on this machine. A lock taken on another host is
 * never treated as stale, because its process cannot be checked from here.
 */
async function isStale(lockPath: string, owner: LockOwner | null): Promise<boolean> {
  if (owner !== null) return owner.hostname === hostname() && !isProcessAlive(owner.pid)

  // An unreadable lock may be one another process has created but not yet written.
  try {
    const { mtimeMs } = await stat(lockPath)
    return Date.now() - mtimeMs > UNREADABLE_LOCK_GRACE_MS
  } catch {
    return true
  }
}

/**
 * An exclusive write lock on a content folder: a lock file created with O_EXCL that names its
 * owner. A lock left by a dead process on this machine is taken over; any other raises `locked`.
 */
export class FolderLock {
  readonly path: string
  readonly #text: string
  #released = false

  private constructor(path: string, text: string) {
    this.path = path
    this.#text = text
  }

  static async acquire(folder: string, app: string): Promise<FolderLock> {
    const lockPath = join(folder, LOCK_FILE_NAME)
    const owner: LockOwner = {
      pid: process.pid,
      hostname: hostname(),
      app,
      startedAt: new Date().toISOString(),
    }

    const text = `${JSON.stringify(owner, null, 2)}\n`

    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        const handle = await open(lockPath, 'wx')
        await handle.writeFile(text)
        await handle.close()

        return new FolderLock(lockPath, text)
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      }

      const holderText = await readLockText(lockPath)
      const holder = holderText === null ? null : parseOwner(holderText)
      if ((await isStale(lockPath, holder)) && (await removeStaleLock(lockPath, holderText)))
        continue

      // When a take-over lost the race, the message names the process that holds the lock now.
      const current = parseOwner((await readLockText(lockPath)) ?? '') ?? holder
      const who =
        current === null
          ? 'another process'
          : `${current.app} (pid ${current.pid} on ${current.hostname}, since ${current.startedAt})`
      throw new CodeDeskError(
        'locked',
        `Content folder ${folder} is being written by ${who}. Close that program first, or delete ${lockPath} if it is no longer running.`,
        current,
      )
    }

    throw new CodeDeskError(
      'locked',
      `Content folder ${folder}: could not take the lock ${lockPath}. Try again.`,
    )
  }

  async release(): Promise<void> {
    if (this.#released) return

    this.#released = true
    // Another process may have taken over a lock it judged stale; that lock is not ours to remove.
    if ((await readLockText(this.path)) !== this.#text) return

    await unlink(this.path).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error
    })
  }
}
