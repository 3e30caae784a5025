import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'

import { buildMenuTemplate, type MenuActions } from '../../src/main/buildMenuTemplate'

function actions() {
  return {
    openFolder: vi.fn<MenuActions['openFolder']>(),
    openRecent: vi.fn<MenuActions['openRecent']>(),
    clearRecent: vi.fn<MenuActions['clearRecent']>(),
    sendCommand: vi.fn<MenuActions['sendCommand']>(),
  }
}

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? flatten(item.submenu) : []),
  ])
}

function click(item: MenuItemConstructorOptions | undefined): void {
  ;(item?.click as (() => void) | undefined)?.()
}

describe('buildMenuTemplate', () => {
  it('gives the usual items their shortcuts', () => {
    const items = flatten(buildMenuTemplate([], actions(), { platform: 'linux' }))
    const byLabel = (label: string) => items.find((item) => item.label === label)
    const byRole = (role: string) => items.find((item) => item.role === role)

    expect(byLabel('Open Folder…')?.accelerator).toBe('CmdOrCtrl+O')
    expect(byLabel('Save')?.accelerator).toBe('CmdOrCtrl+S')
    expect(byLabel('Find')?.accelerator).toBe('CmdOrCtrl+F')
    expect(byRole('undo')).toBeDefined()
    expect(byRole('redo')).toBeDefined()
    expect(byRole('quit')).toBeDefined()
  })

  it('sends Save and Find to the renderer', () => {
    const menuActions = actions()
    const items = flatten(buildMenuTemplate([], menuActions, { platform: 'linux' }))

    click(items.find((item) => item.label === 'Save'))
    click(items.find((item) => item.label === 'Find'))
    click(items.find((item) => item.label === 'Open Folder…'))

    expect(menuActions.sendCommand.mock.calls).toEqual([['save'], ['find']])
    expect(menuActions.openFolder).toHaveBeenCalledTimes(1)
  })

  it('lists recent folders', () => {
    const menuActions = actions()
    const recent = ['/work/content', '/home/ana/codes']
    const items = flatten(buildMenuTemplate(recent, menuActions, { platform: 'linux' }))
    const recentItem = items.find((item) => item.label === 'codes — /home/ana/codes')

    click(recentItem)
    click(items.find((item) => item.label === 'Clear Recent'))

    expect(items.some((item) => item.label === 'content — /work/content')).toBe(true)
    expect(menuActions.openRecent.mock.calls).toEqual([['/home/ana/codes']])
    expect(menuActions.clearRecent).toHaveBeenCalledTimes(1)
  })

  it('shows a disabled placeholder without recent folders', () => {
    const items = flatten(buildMenuTemplate([], actions(), { platform: 'linux' }))

    expect(items.find((item) => item.label === 'No Recent Folders')?.enabled).toBe(false)
    expect(items.find((item) => item.label === 'Clear Recent')?.enabled).toBe(false)
  })

  it('hides reload and developer tools by default', () => {
    const plain = flatten(buildMenuTemplate([], actions(), { platform: 'linux' }))
    const developer = flatten(
      buildMenuTemplate([], actions(), { platform: 'linux', developerTools: true }),
    )

    expect(plain.some((item) => item.role === 'reload' || item.role === 'toggleDevTools')).toBe(
      false,
    )
    expect(developer.some((item) => item.role === 'toggleDevTools')).toBe(true)
  })

  it('adds the app menu on macOS', () => {
    const template = buildMenuTemplate([], actions(), { platform: 'darwin' })

    expect(template[0]?.role).toBe('appMenu')
  })
})
