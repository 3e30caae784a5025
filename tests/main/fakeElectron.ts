import { EventEmitter } from 'node:events'

import { vi } from 'vitest'

/**
 * A stand-in for the `electron` module, for main-process tests that run under Node. Each fake
 * records what the code under test registered (handlers, window options, menus) so tests can
 * inspect and call it. Use with `vi.mock('electron', () => import('./fakeElectron'))` and call
 * `resetFakeElectron()` in beforeEach.
 */

export const APP_URL = 'codedesk://app/index.html'

type Listener = (...args: unknown[]) => unknown

export class FakeWebContents extends EventEmitter {
  mainFrame = { url: APP_URL, parent: null }
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null
  send = vi.fn()
  reload = vi.fn()

  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler
  }
}

export class BrowserWindow extends EventEmitter {
  static instances: BrowserWindow[] = []
  readonly options: Record<string, unknown>
  readonly webContents = new FakeWebContents()
  title = ''
  loadURL = vi.fn(async (_url: string) => undefined)
  show = vi.fn()
  focus = vi.fn()
  restore = vi.fn()
  isMinimized = vi.fn(() => false)

  constructor(options: Record<string, unknown>) {
    super()
    this.options = options
    BrowserWindow.instances.push(this)
  }

  setTitle(title: string): void {
    this.title = title
  }
}

export class FakeSession extends EventEmitter {
  permissionRequestHandler: Listener | null = null
  permissionCheckHandler: Listener | null = null
  devicePermissionHandler: Listener | null = null

  setPermissionRequestHandler(handler: Listener): void {
    this.permissionRequestHandler = handler
  }

  setPermissionCheckHandler(handler: Listener): void {
    this.permissionCheckHandler = handler
  }

  setDevicePermissionHandler(handler: Listener): void {
    this.devicePermissionHandler = handler
  }
}

export const ipcMain = {
  handlers: new Map<string, Listener>(),
  listeners: new Map<string, Listener>(),
  handle(channel: string, handler: Listener) {
    if (this.handlers.has(channel))
      throw new Error(`Attempted to register a second handler for '${channel}'`)
    this.handlers.set(channel, handler)
  },
  on(channel: string, listener: Listener) {
    this.listeners.set(channel, listener)
  },
}

export const shell = {
  openExternal: vi.fn(async (_url: string) => undefined),
  showItemInFolder: vi.fn(),
}

export const dialog = {
  showMessageBoxSync: vi.fn((..._args: unknown[]) => 1),
  showMessageBox: vi.fn(async (..._args: unknown[]) => ({ response: 0 })),
  showOpenDialog: vi.fn(async (..._args: unknown[]) => ({
    canceled: true,
    filePaths: [] as string[],
  })),
  showErrorBox: vi.fn(),
}

export const Menu = {
  buildFromTemplate: vi.fn((template: unknown) => ({ template })),
  setApplicationMenu: vi.fn(),
}

export const protocol = {
  registerSchemesAsPrivileged: vi.fn(),
  handle: vi.fn(),
}

export const net = { fetch: vi.fn() }

export const session = { defaultSession: new FakeSession() }

export const app = {
  isPackaged: false,
  getPath: vi.fn(() => '/tmp/codedesk-user-data'),
  getAppPath: vi.fn(() => '/tmp/codedesk-app'),
}

/** Clears everything the fakes recorded. */
export function resetFakeElectron(): void {
  BrowserWindow.instances = []
  ipcMain.handlers.clear()
  ipcMain.listeners.clear()
  session.defaultSession = new FakeSession()
  vi.clearAllMocks()
  dialog.showMessageBoxSync.mockImplementation(() => 1)
  dialog.showOpenDialog.mockImplementation(async () => ({ canceled: true, filePaths: [] }))
}

export default {
  BrowserWindow,
  ipcMain,
  shell,
  dialog,
  Menu,
  protocol,
  net,
  session,
  app,
}
