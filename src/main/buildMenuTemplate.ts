import { basename } from 'node:path'

import type { MenuItemConstructorOptions } from 'electron'

import type { MenuCommand } from '../shared/api/shellApi'

export interface MenuActions {
  openFolder(): void
  openRecent(folder: string): void
  clearRecent(): void
  /** Sends a command the renderer carries out, such as Save or Find. */
  sendCommand(command: MenuCommand): void
}

/**
 * Builds the application menu with the platform's usual shortcuts. File has Open Folder…, Open
 * Recent, Save and Quit. Edit has Undo, Redo, the clipboard items and Find. View has zoom, plus
 * Reload and developer tools when `developerTools` is set. Undo and Redo use Electron's roles,
 * which the editor receives as native history input events.
 */
export function buildMenuTemplate(
  recentFolders: string[],
  actions: MenuActions,
  options: { platform?: NodeJS.Platform; developerTools?: boolean } = {},
): MenuItemConstructorOptions[] {
  const platform = options.platform ?? process.platform
  const isMac = platform === 'darwin'
  const recentItems: MenuItemConstructorOptions[] =
    recentFolders.length === 0
      ? [{ label: 'No Recent Folders', enabled: false }]
      : recentFolders.map((folder) => ({
          label: `${basename(folder)} — ${folder}`,
          click: () => actions.openRecent(folder),
        }))

  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      { label: 'Open Folder…', accelerator: 'CmdOrCtrl+O', click: () => actions.openFolder() },
      {
        label: 'Open Recent',
        submenu: [
          ...recentItems,
          { type: 'separator' },
          {
            label: 'Clear Recent',
            enabled: recentFolders.length > 0,
            click: () => actions.clearRecent(),
          },
        ],
      },
      { type: 'separator' },
      { label: 'Save', accelerator: 'CmdOrCtrl+S', click: () => actions.sendCommand('save') },
      { type: 'separator' },
      isMac ? { role: 'close' } : { role: 'quit' },
    ],
  }
  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      { type: 'separator' },
      { label: 'Find', accelerator: 'CmdOrCtrl+F', click: () => actions.sendCommand('find') },
    ],
  }
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      // Reload would drop unsaved edits without the close prompt, so only developers get it.
      ...(options.developerTools === true
        ? ([{ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' }] as const)
        : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  }
  const window: MenuItemConstructorOptions = { role: 'windowMenu' }

  return isMac ? [{ role: 'appMenu' }, file, edit, view, window] : [file, edit, view, window]
}
