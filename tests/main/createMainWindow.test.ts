import { beforeEach, describe, expect, it, vi } from 'vitest'

import { createMainWindow } from '../../src/main/createMainWindow'
import { BrowserWindow, resetFakeElectron, shell } from './fakeElectron'
import { recordingLogger } from './recordingLogger'

vi.mock('electron', () => import('./fakeElectron'))

function openWindow() {
  createMainWindow({
    preloadPath: '/app/out/preload/index.cjs',
    rendererUrl: 'codedesk://app/index.html',
    log: recordingLogger(),
  })
  const window = BrowserWindow.instances.at(-1)
  if (window === undefined) throw new Error('createMainWindow created no BrowserWindow')

  return window
}

function emitCancellable(window: BrowserWindow, name: string, ...args: unknown[]) {
  const event = { defaultPrevented: false, preventDefault: vi.fn() }
  window.webContents.emit(name, event, ...args)
  return event
}

beforeEach(() => {
  resetFakeElectron()
})

describe('createMainWindow', () => {
  it('creates the window with secure web preferences', () => {
    const window = openWindow()
    const preferences = window.options.webPreferences as Record<string, unknown>

    expect(BrowserWindow.instances).toHaveLength(1)
    expect(preferences.contextIsolation).toBe(true)
    expect(preferences.sandbox).toBe(true)
    expect(preferences.nodeIntegration).toBe(false)
    expect(preferences.nodeIntegrationInWorker).toBe(false)
    expect(preferences.nodeIntegrationInSubFrames).toBe(false)
    expect(preferences.webSecurity).toBe(true)
    expect(preferences.allowRunningInsecureContent).toBe(false)
    expect(preferences.webviewTag).toBe(false)
    expect(preferences.preload).toBe('/app/out/preload/index.cjs')
  })

  it('loads the renderer URL', () => {
    const window = openWindow()

    expect(window.loadURL).toHaveBeenCalledWith('codedesk://app/index.html')
  })

  it('blocks every navigation', () => {
    const window = openWindow()
    const urls = [
      'https://example.org/',
      'codedesk://app/other.html',
      'file:///etc/passwd',
      'javascript:alert(1)',
    ]
    for (const url of urls) {
      const event = emitCancellable(window, 'will-navigate', url)

      expect(event.preventDefault, url).toHaveBeenCalled()
    }
  })

  it('opens a blocked https navigation externally', () => {
    const window = openWindow()

    emitCancellable(window, 'will-navigate', 'https://www.cms.gov/')
    emitCancellable(window, 'will-navigate', 'file:///etc/passwd')

    expect(shell.openExternal).toHaveBeenCalledTimes(1)
    expect(shell.openExternal).toHaveBeenCalledWith('https://www.cms.gov/')
  })

  it('blocks redirects and webviews', () => {
    const window = openWindow()

    expect(
      emitCancellable(window, 'will-redirect', 'https://example.org/').preventDefault,
    ).toHaveBeenCalled()
    expect(emitCancellable(window, 'will-attach-webview', {}, {}).preventDefault).toHaveBeenCalled()
  })

  it('denies every new window', () => {
    const window = openWindow()
    const handler = window.webContents.windowOpenHandler
    const urls = [
      'https://example.org/',
      'mailto:a@example.org',
      'javascript:alert(1)',
      'file:///etc/passwd',
      'data:text/html,x',
      'codedesk://app/index.html',
    ]

    expect(handler).not.toBeNull()
    for (const url of urls) {
      expect(handler?.({ url }), url).toEqual({ action: 'deny' })
    }
  })

  it('opens only safe window.open targets externally', () => {
    const window = openWindow()
    const handler = window.webContents.windowOpenHandler
    const urls = [
      'https://example.org/',
      'mailto:a@example.org',
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      ' https://example.org/',
      'file:///etc/passwd',
      'data:text/html,x',
    ]
    for (const url of urls) handler?.({ url })

    expect(shell.openExternal.mock.calls.map(([url]) => url)).toEqual([
      'https://example.org/',
      'mailto:a@example.org',
    ])
  })
})
