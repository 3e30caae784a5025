import { BrowserWindow, type WebContents } from 'electron'

import type { Logger } from '../storage/logger'
import { openExternalUrl } from './openExternalUrl'

export interface MainWindowOptions {
  /** The built preload script, out/preload/index.cjs. */
  preloadPath: string
  /** The page to load: the app scheme's index.html, or the dev server's URL under `npm run dev`. */
  rendererUrl: string
  log: Logger
}

/**
 * Returns the web preferences of every CodeDesk window. The renderer gets no Node, runs sandboxed in an
 * isolated world, and reaches the main process only through the preload's named functions.
 */
export function secureWebPreferences(preloadPath: string): Electron.WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  }
}

/**
 * Keeps a window on the app: every navigation away is cancelled (a safe link opens in the system
 * browser instead), every new window is denied, and webviews cannot be attached.
 */
export function guardNavigation(contents: WebContents, log: Logger): void {
  contents.on('will-navigate', (event, url) => {
    event.preventDefault()
    log.warn('navigation blocked', { url: url.slice(0, 200) })
    void openExternalUrl(url, log)
  })
  contents.on('will-redirect', (event, url) => {
    event.preventDefault()
    log.warn('redirect blocked', { url: url.slice(0, 200) })
  })
  contents.on('will-attach-webview', (event) => {
    event.preventDefault()
    log.warn('webview blocked')
  })
  contents.setWindowOpenHandler(({ url }) => {
    void openExternalUrl(url, log)
    return { action: 'deny' }
  })
}

/** Creates the app window: secure web preferences, navigation guards, then loads the renderer. */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 840,
    minWidth: 800,
    minHeight: 560,
    show: false,
    title: 'CodeDesk',
    webPreferences: secureWebPreferences(options.preloadPath),
  })
  guardNavigation(window.webContents, options.log)
  window.once('ready-to-show', () => window.show())

  window.loadURL(options.rendererUrl).catch((error: unknown) => {
    options.log.error('loading the renderer failed', {
      url: options.rendererUrl,
      error: String(error),
    })
  })

  return window
}
