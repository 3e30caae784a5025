import { contextBridge, ipcRenderer } from 'electron'

import { API_METHODS, type ApiMethod } from '../shared/api/contract'
import {
  apiChannel,
  type CodeDeskBridge,
  type MenuCommand,
  SHELL_CHANNELS,
  type ShellApi,
} from '../shared/api/shellApi'

const MENU_COMMANDS: ReadonlySet<string> = new Set<MenuCommand>(['save', 'find'])

function contentApiFunctions(): Record<ApiMethod, (request: unknown) => Promise<unknown>> {
  const functions: Partial<Record<ApiMethod, (request: unknown) => Promise<unknown>>> = {}
  for (const method of API_METHODS) {
    const channel = apiChannel(method)
    functions[method] = (request) => ipcRenderer.invoke(channel, request)
  }

  return functions as Record<ApiMethod, (request: unknown) => Promise<unknown>>
}

const shellApi: ShellApi = {
  openExternal: (url) => ipcRenderer.invoke(SHELL_CHANNELS.openExternal, url),
  setUnsavedChanges: (dirty) => ipcRenderer.send(SHELL_CHANNELS.setUnsavedChanges, dirty === true),
  openFolder: () => ipcRenderer.invoke(SHELL_CHANNELS.openFolder),
  showInFolder: (path) => ipcRenderer.invoke(SHELL_CHANNELS.showInFolder, path),
  choosePath: (request) => ipcRenderer.invoke(SHELL_CHANNELS.choosePath, request),
  onMenuCommand(listener) {
    // The listener receives only the command string, never the IPC event or ipcRenderer itself.
    const forward = (_event: Electron.IpcRendererEvent, command: unknown) => {
      if (typeof command === 'string' && MENU_COMMANDS.has(command))
        listener(command as MenuCommand)
    }
    ipcRenderer.on(SHELL_CHANNELS.menuCommand, forward)

    return () => {
      ipcRenderer.removeListener(SHELL_CHANNELS.menuCommand, forward)
    }
  },
}

// Named functions only: one per ContentApi method and one per shell function. The page gets no
// ipcRenderer, no channel names and no way to send on a channel of its choosing.
const bridge = { ...contentApiFunctions(), ...shellApi } as CodeDeskBridge

contextBridge.exposeInMainWorld('codedesk', bridge)
