#!/usr/bin/env node
// `npm start -- [--content DIR] [--port N] [--browser]`: builds the app and opens it in Electron
// on the bundled content/ folder. Where Electron cannot start (no display, or no Electron binary
// and its download fails), it prints one line saying why and starts browser mode instead.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const ELECTRON_PACKAGE = join(REPO_ROOT, 'node_modules', 'electron')
// electron's own install script; it downloads the binary from GitHub on its first run.
const ELECTRON_DOWNLOAD_TIMEOUT_MS = 120_000

const USAGE = `Usage: npm start -- [--content DIR] [--port N] [--browser]

Opens CodeDesk in Electron, or in browser mode where Electron cannot start.

Options:
  --content DIR  content folder to open (default: content/ in this repository)
  --port N       port for browser mode, 0 for any free port (default: 5175)
  --browser      start browser mode even where Electron could start
  -h, --help     show this help`

/** Returns the Electron executable if it is installed, else null. Mirrors electron/index.js. */
function installedElectronPath() {
  let relativePath = 'electron'
  try {
    relativePath = readFileSync(join(ELECTRON_PACKAGE, 'path.txt'), 'utf8')
  } catch {
    if (!process.env.ELECTRON_OVERRIDE_DIST_PATH) return null
  }

  const distFolder = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(ELECTRON_PACKAGE, 'dist')
  const executable = join(distFolder, relativePath)

  return existsSync(executable) ? executable : null
}

/** Returns why Electron cannot start without touching the network, or null when it may. */
function reasonWithoutDownload(forceBrowser) {
  if (forceBrowser) return '--browser was given'

  const isDesktopWithoutX = !['darwin', 'win32'].includes(process.platform)
  if (isDesktopWithoutX && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return 'no display: DISPLAY and WAYLAND_DISPLAY are not set'
  }

  return null
}

/** Runs electron's install script once, bounded by a timeout, and returns the binary or null. */
function downloadElectron() {
  const installScript = join(ELECTRON_PACKAGE, 'install.js')
  if (!existsSync(installScript)) return null

  process.stderr.write('codedesk: the Electron binary is missing; downloading it once.\n')
  const result = spawnSync(process.execPath, [installScript], {
    cwd: ELECTRON_PACKAGE,
    stdio: ['ignore', 'inherit', 'inherit'],
    timeout: ELECTRON_DOWNLOAD_TIMEOUT_MS,
  })
  if (result.status !== 0) return null

  return installedElectronPath()
}

function runBuild() {
  const cli = join(REPO_ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js')
  const result = spawnSync(process.execPath, [cli, 'build'], { cwd: REPO_ROOT, stdio: 'inherit' })
  if (result.status !== 0) {
    process.stderr.write('codedesk: electron-vite build failed; see its output above.\n')
    process.exit(result.status ?? 1)
  }
}

function startElectron(electronPath, contentDir) {
  const child = spawn(electronPath, [REPO_ROOT, '--content', contentDir], { stdio: 'inherit' })
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => child.kill(signal))
  }
  child.on('exit', (code, signal) => process.exit(code ?? (signal === null ? 0 : 1)))
}

async function startBrowserMode(reason, contentDir, port) {
  process.stderr.write(`codedesk: Electron cannot start (${reason}); starting browser mode.\n`)

  const { register } = await import('tsx/esm/api')
  register()
  const { runServe } = await import('../src/server/runServe.ts')
  const args = ['--content', contentDir, ...(port === undefined ? [] : ['--port', port])]
  const exitCode = await runServe(args, contentDir)
  if (exitCode !== 0) process.exitCode = exitCode
}

async function main() {
  let values
  try {
    ;({ values } = parseArgs({
      args: process.argv.slice(2),
      options: {
        content: { type: 'string' },
        port: { type: 'string' },
        browser: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }))
  } catch (error) {
    process.stderr.write(`codedesk start: ${error.message}\n\n${USAGE}\n`)
    process.exitCode = 2
    return
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`)
    return
  }

  const contentDir = resolve(values.content ?? join(REPO_ROOT, 'content'))
  const reason = reasonWithoutDownload(values.browser === true)
  if (reason !== null) {
    await startBrowserMode(reason, contentDir, values.port)
    return
  }

  const electronPath = installedElectronPath() ?? downloadElectron()
  if (electronPath === null) {
    await startBrowserMode(
      'the Electron binary is missing and could not be downloaded',
      contentDir,
      values.port,
    )
    return
  }

  runBuild()
  startElectron(electronPath, contentDir)
}

await main()
