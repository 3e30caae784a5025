import type { Result } from '../errors'
import type { ApiMethod, ContentApi } from './contract'
import type { FolderInfo } from './types'

/** A menu item or shortcut that the renderer carries out itself. */
export type MenuCommand = 'save' | 'find'

export interface ChoosePathRequest {
  kind: 'file' | 'folder'
  title: string
}

/**
 * The app-level functions the desktop shell offers beside the ContentApi. The preload exposes
 * them on `window.codedesk`, and the renderer's client gives browser mode a fallback for each.
 */
export interface ShellApi {
  /** Opens an http, https or mailto URL in the system browser; other schemes fail. */
  openExternal(url: string): Promise<Result<null>>
  /** Records whether the editor has unsaved changes, so that closing the window
   * shows a confirmation first. */
  setUnsavedChanges(dirty: boolean): void
  /**
   * Shows the Open Folder dialog and opens the chosen content folder. On success the main process
   * reloads the window, so the renderer starts over on the new folder. `null` means cancelled.
   */
  openFolder(): Promise<Result<FolderInfo | null>>
  /** Shows a file or folder in the OS file manager. */
  showInFolder(path: string): Promise<Result<null>>
  /** Shows a native file or folder picker and returns the chosen path, or null when cancelled. */
  choosePath(request: ChoosePathRequest): Promise<Result<string | null>>
  /** Calls `listener` for each menu command and returns a function that removes the listener. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
}

/** The object the preload exposes as `window.codedesk`. */
export type CodeDeskBridge = ContentApi & ShellApi

/** The IPC channel of a ContentApi method, handled with `ipcMain.handle`. */
export function apiChannel(method: ApiMethod): string {
  return `codedesk:api:${method}`
}

/** The IPC channels of the shell functions. `setUnsavedChanges` is a one-way message. */
export const SHELL_CHANNELS = {
  openExternal: 'codedesk:shell:openExternal',
  setUnsavedChanges: 'codedesk:shell:setUnsavedChanges',
  openFolder: 'codedesk:shell:openFolder',
  showInFolder: 'codedesk:shell:showInFolder',
  choosePath: 'codedesk:shell:choosePath',
  menuCommand: 'codedesk:shell:menuCommand',
} as const
