import { stat } from 'node:fs/promises'

import { type BrowserWindow, dialog, Menu, shell } from 'electron'

import { type MenuCommand, SHELL_CHANNELS, type ShellApi } from '../shared/api/shellApi'
import type { FolderInfo } from '../shared/api/types'
import { fail, ok, type Result, toFailure } from '../shared/errors'
import type { Logger } from '../storage/logger'
import { buildMenuTemplate } from './buildMenuTemplate'
import { createMainWindow } from './createMainWindow'
import type { FolderSession } from './FolderSession'
import type { RecentFolders } from './RecentFolders'
import type { ShellHandlers } from './registerIpcHandlers'

export interface AppControllerOptions {
  session: FolderSession
  recent: RecentFolders
  log: Logger
  preloadPath: string
  rendererUrl: string
  /** Reload and Toggle Developer Tools in the View menu, for unpackaged builds. */
  developerTools: boolean
}

/**
 * The app's one window and the state around it: the open folder, the recent-folders menu and the
 * renderer's unsaved-changes flag, which every action that would drop edits checks first.
 */
export class AppController implements ShellHandlers {
  window: BrowserWindow | null = null
  #unsavedChanges = false
  // A read-only warning raised before the window exists, shown once it appears.
  #pendingReadOnlyWarning: FolderInfo | null = null
  readonly #options: AppControllerOptions

  constructor(options: AppControllerOptions) {
    this.#options = options
  }

  get hasUnsavedChanges(): boolean {
    return this.#unsavedChanges
  }

  createWindow(): BrowserWindow {
    const window = createMainWindow(this.#options)
    window.on('close', (event) => {
      if (!this.confirmDiscard('close the window')) event.preventDefault()
    })
    window.on('closed', () => {
      if (this.window === window) this.window = null
    })
    this.window = window
    this.#updateTitle()
    window.once('ready-to-show', () => {
      const pending = this.#pendingReadOnlyWarning
      this.#pendingReadOnlyWarning = null
      if (pending !== null) this.#warnReadOnly(pending)
    })

    return window
  }

  /** Brings the window to the front, as a second launch of the app does. */
  focusWindow(): void {
    const window = this.window
    if (window === null) return

    if (window.isMinimized()) window.restore()
    window.show()
    window.focus()
  }

  setUnsavedChanges(dirty: boolean): void {
    this.#unsavedChanges = dirty
  }

  /**
   * Returns true when there is nothing unsaved, or when the person chooses to discard it before
   * `action`. A discard clears the flag, so a following close does not ask again.
   */
  confirmDiscard(action: string): boolean {
    if (!this.#unsavedChanges) return true

    const options = {
      type: 'warning' as const,
      buttons: ['Discard Changes', 'Cancel'],
      defaultId: 1,
      cancelId: 1,
      message: 'You have unsaved changes.',
      detail: `Discard them and ${action}?`,
    }
    const choice =
      this.window === null
        ? dialog.showMessageBoxSync(options)
        : dialog.showMessageBoxSync(this.window, options)
    if (choice !== 0) return false

    this.#unsavedChanges = false
    return true
  }

  /**
   * Opens `path` as the content folder, records it in the recent list and reloads the window on
   * it. A read-only open (another program holds the lock) shows the reason in a warning.
   */
  async openFolderAt(path: string): Promise<Result<FolderInfo>> {
    const { session, recent, log } = this.#options

    let info: FolderInfo
    try {
      info = await session.open(path)
    } catch (error) {
      const failure = toFailure<FolderInfo>(error)
      log.error('opening a content folder failed', { path, error: String(error) })
      return failure
    }

    await recent.add(info.folder).catch((error: unknown) => {
      log.warn('saving the recent-folders list failed', { path: recent.path, error: String(error) })
    })
    await this.refreshMenu()
    this.#unsavedChanges = false
    this.#updateTitle()
    this.window?.webContents.reload()
    if (info.readOnlyReason !== null) this.#warnReadOnly(info)

    return ok(info)
  }

  async openFolder(): Promise<Result<FolderInfo | null>> {
    if (!this.confirmDiscard('open another folder')) return ok(null)

    const options = { title: 'Open Content Folder', properties: ['openDirectory' as const] }
    const picked =
      this.window === null
        ? await dialog.showOpenDialog(options)
        : await dialog.showOpenDialog(this.window, options)
    const folder = picked.filePaths[0]
    if (picked.canceled || folder === undefined) return ok(null)

    return this.openFolderAt(folder)
  }

  async openRecent(folder: string): Promise<void> {
    if (!this.confirmDiscard('open another folder')) return

    const result = await this.openFolderAt(folder)
    if (!result.ok) dialog.showErrorBox('Could not open the folder', result.error.message)
  }

  async showInFolder(path: string): Promise<Result<null>> {
    const exists = await stat(path).then(
      () => true,
      () => false,
    )
    if (!exists)
      return fail('not-found', `${path} does not exist, so it cannot be shown in the file manager.`)

    shell.showItemInFolder(path)
    return ok(null)
  }

  async choosePath(request: Parameters<ShellApi['choosePath']>[0]): Promise<Result<string | null>> {
    const options = {
      title: request.title,
      properties:
        request.kind === 'folder'
          ? (['openDirectory', 'createDirectory'] as const)
          : (['openFile'] as const),
    }
    const picked =
      this.window === null
        ? await dialog.showOpenDialog({ ...options, properties: [...options.properties] })
        : await dialog.showOpenDialog(this.window, {
            ...options,
            properties: [...options.properties],
          })

    return ok(picked.canceled ? null : (picked.filePaths[0] ?? null))
  }

  sendCommand(command: MenuCommand): void {
    this.window?.webContents.send(SHELL_CHANNELS.menuCommand, command)
  }

  async refreshMenu(): Promise<void> {
    const { recent, developerTools } = this.#options
    const template = buildMenuTemplate(
      await recent.list(),
      {
        openFolder: () => void this.openFolder(),
        openRecent: (folder) => void this.openRecent(folder),
        clearRecent: () => void recent.clear().then(() => this.refreshMenu()),
        sendCommand: (command) => this.sendCommand(command),
      },
      { developerTools },
    )
    Menu.setApplicationMenu(Menu.buildFromTemplate(template))
  }

  #updateTitle(): void {
    const folder = this.#options.session.folder
    if (this.window === null || folder === null) return

    const info = folder.info()
    const readOnly = info.readOnlyReason === null ? '' : ' (read-only)'
    this.window.setTitle(`${info.name}${readOnly} — CodeDesk`)
  }

  #warnReadOnly(info: FolderInfo): void {
    if (this.window === null) {
      this.#pendingReadOnlyWarning = info
      return
    }

    const options = {
      type: 'warning' as const,
      message: `${info.folder} is open read-only.`,
      detail: `${info.readOnlyReason ?? ''}\n\nYou can read and export entries, but not save them.`,
    }
    dialog
      .showMessageBox(this.window, options)
      .catch((error: unknown) =>
        this.#options.log.warn('read-only warning failed', { error: String(error) }),
      )
  }
}
