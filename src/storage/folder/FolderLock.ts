import { open, readFile, stat, unlink } from 'node:fs/promises'
import { hostname } from 'node:os'
import { join } from 'node:path'

import { CodeDeskError } from '../../shared/errors'

export const LOCK_FILE_NAME = '.codedesk.lock'

/** Who holds a content folder's write lock; stored as the lock file's JSON. */
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

async function readOwner(lockPath: string): Promise<LockOwner | null> {
  try {
    const parsed = JSON.parse(await readFile(lockPath, 'utf8')) as Partial<LockOwner>
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
  #released = false

  private constructor(path: string) {
    this.path = path
  }

  static async acquire(folder: string, app: string): Promise<FolderLock> {
    const lockPath = join(folder, LOCK_FILE_NAME)
    const owner: LockOwner = {
      pid: process.pid,
      hostname: hostname(),
      app,
      startedAt: new Date().toISOString(),
    }

    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        const handle = await open(lockPath, 'wx')
        await handle.writeFile(`${JSON.stringify(owner, null, 2)}\n`)
        await handle.close()

        return new FolderLock(lockPath)
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      }

      const holder = await readOwner(lockPath)
      if (!(await isStale(lockPath, holder))) {
        const who =
          holder === null
            ? 'another process'
            : `${holder.app} (pid ${holder.pid} on ${holder.hostname}, since ${holder.startedAt})`
        throw new CodeDeskError(
          'locked',
          `Content folder ${folder} is being written by ${who}. Close that program first, or delete ${lockPath} if it is no longer running.`,
          holder,
        )
      }

      await unlink(lockPath).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error
      })
    }

    throw new CodeDeskError(
      'locked',
      `Content folder ${folder}: could not take the lock ${lockPath}. Try again.`,
    )
  }

  async release(): Promise<void> {
    if (this.#released) return

    this.#released = true
    await unlink(this.path).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error
    })
  }
}
