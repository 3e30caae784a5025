import { join } from 'node:path'

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { AppController } from '../../src/main/AppController'
import { FolderSession } from '../../src/main/FolderSession'
import { RecentFolders } from '../../src/main/RecentFolders'
import { SHELL_CHANNELS } from '../../src/shared/api/shellApi'
import { ContentFolder } from '../../src/storage/folder/ContentFolder'
import { ProfileStore } from '../../src/storage/profile/ProfileStore'
import { copyContentFolder, makeTempFolder } from '../helpers/tempFolder'
import { type BrowserWindow, dialog, Menu, resetFakeElectron, shell } from './fakeElectron'
import { recordingLogger } from './recordingLogger'

vi.mock('electron', () => import('./fakeElectron'))

type Temp = { path: string; remove: () => Promise<void> }

let content: Temp
let userData: Temp
let session: FolderSession
let recent: RecentFolders
let controller: AppController

function closeWindow(window: BrowserWindow) {
  const event = { preventDefault: vi.fn() }
  window.emit('close', event)
  return event
}

beforeEach(async () => {
  resetFakeElectron()
  content = await copyContentFolder()
  userData = await makeTempFolder()
  session = new FolderSession(
    new ProfileStore(join(userData.path, 'profile.json')),
    recordingLogger(),
    { validation: null, export: null },
  )
  recent = new RecentFolders(join(userData.path, 'recent-folders.json'))
  controller = new AppController({
    session,
    recent,
    log: recordingLogger(),
    preloadPath: '/app/out/preload/index.cjs',
    rendererUrl: 'codedesk://app/index.html',
    developerTools: false,
  })
})

afterEach(async () => {
  await session.close()
  await content.remove()
  await userData.remove()
})

describe('AppController', () => {
  it('closes without asking when nothing is unsaved', () => {
    const window = controller.createWindow() as unknown as BrowserWindow

    const event = closeWindow(window)

    expect(dialog.showMessageBoxSync).not.toHaveBeenCalled()
    expect(event.preventDefault).not.toHaveBeenCalled()
  })

  it('keeps the window open when the close is cancelled', () => {
    const window = controller.createWindow() as unknown as BrowserWindow
    controller.setUnsavedChanges(true)
    dialog.showMessageBoxSync.mockReturnValue(1)

    const event = closeWindow(window)

    expect(dialog.showMessageBoxSync).toHaveBeenCalledTimes(1)
    expect(event.preventDefault).toHaveBeenCalled()
    expect(controller.hasUnsavedChanges).toBe(true)
  })

  it('closes when the person discards changes', () => {
    const window = controller.createWindow() as unknown as BrowserWindow
    controller.setUnsavedChanges(true)
    dialog.showMessageBoxSync.mockReturnValue(0)

    const event = closeWindow(window)

    expect(event.preventDefault).not.toHaveBeenCalled()
    expect(controller.hasUnsavedChanges).toBe(false)
  })

  it('opens a folder, records it and reloads', async () => {
    const window = controller.createWindow() as unknown as BrowserWindow

    const result = await controller.openFolderAt(content.path)

    expect(result).toMatchObject({
      ok: true,
      value: { folder: content.path, readOnlyReason: null },
    })
    expect(await recent.list()).toEqual([content.path])
    expect(window.webContents.reload).toHaveBeenCalledTimes(1)
    expect(window.title).toContain('— CodeDesk')
    expect(window.title).not.toContain('read-only')
    expect(Menu.setApplicationMenu).toHaveBeenCalled()
  })

  it('reports a missing folder without switching', async () => {
    const window = controller.createWindow() as unknown as BrowserWindow

    const result = await controller.openFolderAt(join(content.path, 'missing'))

    expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } })
    expect(window.webContents.reload).not.toHaveBeenCalled()
    expect(await recent.list()).toEqual([])
  })

  it('warns when a folder opens read-only', async () => {
    const window = controller.createWindow() as unknown as BrowserWindow
    const holder = await ContentFolder.open(content.path, { app: 'codedesk import' })
    try {
      const result = await controller.openFolderAt(content.path)

      expect(result.ok).toBe(true)
      expect(result.ok ? result.value.readOnlyReason : null).toContain('codedesk import')
      expect(window.title).toContain('(read-only)')
      expect(dialog.showMessageBox).toHaveBeenCalledTimes(1)
      expect(JSON.stringify(dialog.showMessageBox.mock.calls[0])).toContain('codedesk import')
    } finally {
      await holder.close()
    }
  })

  it('shows a read-only warning once the window exists', async () => {
    const holder = await ContentFolder.open(content.path, { app: 'codedesk import' })
    try {
      await controller.openFolderAt(content.path)
      const window = controller.createWindow() as unknown as BrowserWindow

      expect(dialog.showMessageBox).not.toHaveBeenCalled()
      window.emit('ready-to-show')
      expect(dialog.showMessageBox).toHaveBeenCalledTimes(1)
    } finally {
      await holder.close()
    }
  })

  it('asks before Open Folder drops unsaved changes', async () => {
    controller.createWindow()
    controller.setUnsavedChanges(true)
    dialog.showMessageBoxSync.mockReturnValue(1)

    const result = await controller.openFolder()

    expect(result).toEqual({ ok: true, value: null })
    expect(dialog.showOpenDialog).not.toHaveBeenCalled()
  })

  it('opens the folder chosen in the dialog', async () => {
    controller.createWindow()
    dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [content.path] })

    const result = await controller.openFolder()

    expect(result).toMatchObject({ ok: true, value: { folder: content.path } })
  })

  it('returns null when the dialog is cancelled', async () => {
    controller.createWindow()

    expect(await controller.openFolder()).toEqual({ ok: true, value: null })
  })

  it('shows only existing paths in the file manager', async () => {
    const missing = await controller.showInFolder(join(content.path, 'nothing-here'))
    const existing = await controller.showInFolder(content.path)

    expect(missing).toMatchObject({ ok: false, error: { code: 'not-found' } })
    expect(existing).toEqual({ ok: true, value: null })
    expect(shell.showItemInFolder.mock.calls).toEqual([[content.path]])
  })

  it('sends menu commands to the renderer', () => {
    const window = controller.createWindow() as unknown as BrowserWindow

    controller.sendCommand('save')

    expect(window.webContents.send).toHaveBeenCalledWith(SHELL_CHANNELS.menuCommand, 'save')
  })

  it('restores and focuses the window', () => {
    const window = controller.createWindow() as unknown as BrowserWindow
    window.isMinimized.mockReturnValue(true)

    controller.focusWindow()

    expect(window.restore).toHaveBeenCalled()
    expect(window.focus).toHaveBeenCalled()
  })
})
