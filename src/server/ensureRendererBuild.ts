import { spawn } from 'node:child_process'
import {
  cp,
  mkdir,
  open,
  readdir,
  readFile,
  rename,
  rm,
  stat,
  unlink,
  utimes,
} from 'node:fs/promises'
import { join } from 'node:path'

import type { Logger } from '../storage/logger'

const REPO_ROOT = join(import.meta.dirname, '..', '..')

/** Sources of the renderer bundle. A change to any of them makes the build stale. */
const BUILD_INPUTS = [
  'src/renderer',
  'src/shared',
  'electron.vite.config.ts',
  'package.json',
  'package-lock.json',
]

const BUILD_MARKER = join('out', 'renderer', 'index.html')
const BUILD_LOCK = join('out', '.build.lock')
const SNAPSHOT_DIR = join('out', 'renderer-snapshots')
const SNAPSHOT_MAX_AGE_MS = 60 * 60_000
const LOCK_POLL_MS = 250
const LOCK_WAIT_MS = 5 * 60_000

async function newestModification(path: string): Promise<number> {
  const info = await stat(path).catch(() => null)
  if (info === null) return 0
  if (!info.isDirectory()) return info.mtimeMs

  let newest = info.mtimeMs
  for (const entry of await readdir(path, { withFileTypes: true })) {
    newest = Math.max(newest, await newestModification(join(path, entry.name)))
  }

  return newest
}

/** Returns whether out/renderer is missing or older than any of its sources. */
export async function isRendererBuildStale(root = REPO_ROOT): Promise<boolean> {
  const built = await stat(join(root, BUILD_MARKER)).catch(() => null)
  if (built === null) return true

  const sources = await Promise.all(
    BUILD_INPUTS.map((input) => newestModification(join(root, input))),
  )

  return Math.max(...sources) > built.mtimeMs
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Takes the build lock, so that two processes sharing this working tree (two test runs, or a test
 * run and `npm run serve`) never run electron-vite into the same out/ folder at once. A lock left
 * by a dead process is taken over.
 */
async function acquireBuildLock(root: string): Promise<() => Promise<void>> {
  const lockPath = join(root, BUILD_LOCK)
  await mkdir(join(root, 'out'), { recursive: true })
  const deadline = Date.now() + LOCK_WAIT_MS

  for (;;) {
    try {
      const handle = await open(lockPath, 'wx')
      await handle.writeFile(String(process.pid))
      await handle.close()
      return () => unlink(lockPath).catch(() => undefined)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }

    const holder = Number.parseInt(await readFile(lockPath, 'utf8').catch(() => ''), 10)
    if (Number.isInteger(holder) && !isProcessAlive(holder)) {
      await unlink(lockPath).catch(() => undefined)
      continue
    }
    if (Date.now() > deadline) {
      throw new Error(
        `Timed out waiting for the renderer build lock ${lockPath} (held by pid ${holder}). Delete it if no build is running.`,
      )
    }
    await new Promise((resolve) => setTimeout(resolve, LOCK_POLL_MS))
  }
}

function runElectronViteBuild(root: string): Promise<void> {
  const cli = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js')

  return new Promise((resolve, reject) => {
    // The build's progress goes to stderr, so a caller's stdout carries only its own output.
    const child = spawn(process.execPath, [cli, 'build'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    child.stdout.on('data', (chunk: Buffer) => process.stderr.write(chunk))
    child.stderr.on('data', (chunk: Buffer) => process.stderr.write(chunk))
    child.once('error', reject)
    child.once('exit', (code, signal) => {
      if (code === 0) resolve()
      else
        reject(
          new Error(`electron-vite build failed (exit ${code ?? signal}). See its output above.`),
        )
    })
  })
}

/**
 * Runs `electron-vite build` when out/renderer is missing or older than its sources, and returns
 * whether it built. The marker file gets the build's start time, so a source saved during the
 * build makes the next call build again.
 */
export async function ensureRendererBuild(log?: Logger, root = REPO_ROOT): Promise<boolean> {
  if (!(await isRendererBuildStale(root))) return false

  const release = await acquireBuildLock(root)
  try {
    return await buildIfStale(root, log)
  } finally {
    await release()
  }
}

/**
 * Builds out/renderer if stale and returns a copy of it under out/renderer-snapshots/, one per
 * build, made while holding the build lock. A server that serves the copy is unaffected when
 * another process rebuilds out/renderer, as happens when several people run end-to-end tests in
 * one working tree. Snapshots of older builds are deleted once they are an hour old.
 */
export async function snapshotRendererBuild(log?: Logger, root = REPO_ROOT): Promise<string> {
  const release = await acquireBuildLock(root)
  try {
    await buildIfStale(root, log)

    const built = await stat(join(root, BUILD_MARKER))
    const snapshots = join(root, SNAPSHOT_DIR)
    const snapshot = join(snapshots, String(Math.round(built.mtimeMs)))
    if ((await stat(snapshot).catch(() => null)) === null) {
      const partial = `${snapshot}.partial-${process.pid}`
      await cp(join(root, 'out', 'renderer'), partial, { recursive: true })
      await rename(partial, snapshot)
    }
    await removeOldSnapshots(snapshots, snapshot)

    return snapshot
  } finally {
    await release()
  }
}

async function removeOldSnapshots(folder: string, keep: string): Promise<void> {
  const cutoff = Date.now() - SNAPSHOT_MAX_AGE_MS
  for (const name of await readdir(folder)) {
    const path = join(folder, name)
    const info = await stat(path).catch(() => null)
    if (path !== keep && info !== null && info.mtimeMs < cutoff) {
      await rm(path, { recursive: true, force: true })
    }
  }
}

async function buildIfStale(root: string, log: Logger | undefined): Promise<boolean> {
  // Another process may have finished the build while this one waited for the lock.
  if (!(await isRendererBuildStale(root))) return false

  const startedAt = new Date()
  log?.info('building the renderer (electron-vite build)')
  await runElectronViteBuild(root)
  await utimes(join(root, BUILD_MARKER), startedAt, startedAt)

  return true
}
