import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

import {
  type Browser,
  type BrowserContext,
  chromium,
  type Page,
  type Request,
} from 'playwright-core'

import { snapshotRendererBuild } from '../../src/server/ensureRendererBuild'
import { type RunningServer, startServer } from '../../src/server/startServer'
import type { Profile } from '../../src/shared/api/types'
import type { Logger } from '../../src/storage/logger'
import { copyContentFolder, makeTempFolder } from '../helpers/tempFolder'

const REPO_ROOT = join(import.meta.dirname, '..', '..')

/** The folder `screenshot(name)` writes to. test-results/ is git-ignored, so files stay local. */
export const SCREENSHOT_DIR = join(REPO_ROOT, 'test-results', 'screenshots')

/** The Chromium binary: `$CODEDESK_CHROMIUM`, else Debian's package. */
export const CHROMIUM_PATH = process.env.CODEDESK_CHROMIUM ?? '/usr/bin/chromium'

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
]

export interface LaunchOptions {
  /** The content folder to copy into a temp folder; defaults to the bundled content/. */
  contentSource?: string
  /** A profile to write before the server starts, so the app opens as this person and role. */
  profile?: Profile
  /** Whether to load the app in the page before returning (default true). */
  open?: boolean
  viewport?: { width: number; height: number }
  /** Changes the temp copy of the content folder after it is made and before the server opens it. */
  prepareContent?: (contentDir: string) => Promise<void>
}

export interface AppHarness {
  page: Page
  context: BrowserContext
  browser: Browser
  /** The address with the access token, as `npm run serve` prints it. */
  url: string
  /** The server's origin, `http://127.0.0.1:PORT`. */
  origin: string
  /** The temp copy of the content folder the server writes to. */
  contentDir: string
  profilePath: string
  server: RunningServer
  /** Every request the browser context made, in order. */
  requests: Request[]
  /** Console errors and uncaught page errors, as text. */
  consoleErrors: string[]
  /** Lines the server logged. */
  serverLog: string[]
  /** Saves a full-page screenshot to test-results/screenshots/<name>.png and returns the path. */
  screenshot(name: string): Promise<string>
  /** Closes the browser and the server and deletes the temp folders. Safe to call twice. */
  close(): Promise<void>
}

let snapshotOnce: Promise<string> | null = null

/**
 * Builds out/renderer if it is missing or stale, once per test process, and returns a snapshot
 * folder of that build for servers to serve. A rebuild by another process in the same working
 * tree then cannot swap files under a running test.
 */
export function ensureBuilt(): Promise<string> {
  snapshotOnce ??= snapshotRendererBuild()
  return snapshotOnce
}

function recordingLogger(lines: string[], scope = 'server'): Logger {
  const write = (level: string) => (message: string, fields?: Record<string, unknown>) => {
    lines.push(
      `${level} [${scope}] ${message}${fields === undefined ? '' : ` ${JSON.stringify(fields)}`}`,
    )
  }

  return {
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    child: (child) => recordingLogger(lines, `${scope}:${child}`),
  }
}

function screenshotFileName(name: string): string {
  const safe = name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[.-]+/, '')
  if (safe === '')
    throw new Error(
      `Screenshot name ${JSON.stringify(name)} is empty once cleaned. Use letters, digits, dots or dashes.`,
    )

  return `${safe}.png`
}

/**
 * Starts the app for an end-to-end test: the real renderer bundle in Chromium, talking to
 * the real storage through browser mode, on a temp copy of a content folder with a temp profile.
 * Call `close()` in afterEach or afterAll.
 */
export async function launchApp(options: LaunchOptions = {}): Promise<AppHarness> {
  const staticRoot = await ensureBuilt()

  const content = await copyContentFolder(options.contentSource)
  const profileFolder = await makeTempFolder('codedesk-profile-')
  const profilePath = join(profileFolder.path, 'profile.json')
  if (options.profile !== undefined) {
    await writeFile(profilePath, `${JSON.stringify(options.profile, null, 2)}\n`)
  }

  const serverLog: string[] = []
  const cleanups: Array<() => Promise<void>> = [profileFolder.remove, content.remove]
  const runCleanups = async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup()
  }

  try {
    await options.prepareContent?.(content.path)
    const server = await startServer({
      contentDir: content.path,
      port: 0,
      profilePath,
      staticRoot,
      log: recordingLogger(serverLog),
    })
    cleanups.unshift(() => server.close())

    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
    cleanups.unshift(() => browser.close())

    const context = await browser.newContext({
      viewport: options.viewport ?? { width: 1280, height: 800 },
    })
    const page = await context.newPage()
    const requests: Request[] = []
    const consoleErrors: string[] = []
    context.on('request', (request) => requests.push(request))
    page.on('console', (message) => {
      if (message.type() !== 'error') return

      const source = message.location().url
      consoleErrors.push(source === '' ? message.text() : `${message.text()} (${source})`)
    })
    page.on('pageerror', (error) => consoleErrors.push(`${error.name}: ${error.message}`))

    if (options.open !== false) await page.goto(server.url, { waitUntil: 'load' })

    return {
      page,
      context,
      browser,
      url: server.url,
      origin: `http://127.0.0.1:${server.port}`,
      contentDir: content.path,
      profilePath,
      server,
      requests,
      consoleErrors,
      serverLog,
      async screenshot(name) {
        await mkdir(SCREENSHOT_DIR, { recursive: true })
        const path = join(SCREENSHOT_DIR, screenshotFileName(name))
        await page.screenshot({ path, fullPage: true })
        return path
      },
      close: runCleanups,
    }
  } catch (error) {
    await runCleanups()
    throw error
  }
}
