import { readFile } from 'node:fs/promises'
import { join } from 'node:path'

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { FolderSession } from '../../src/main/FolderSession'
import { registerIpcHandlers, type ShellHandlers } from '../../src/main/registerIpcHandlers'
import { API_METHODS } from '../../src/shared/api/contract'
import { apiChannel, SHELL_CHANNELS } from '../../src/shared/api/shellApi'
import { ok } from '../../src/shared/errors'
import { ProfileStore } from '../../src/storage/profile/ProfileStore'
import { copyContentFolder } from '../helpers/tempFolder'
import { FakeWebContents, ipcMain, resetFakeElectron, shell } from './fakeElectron'
import { recordingLogger } from './recordingLogger'

vi.mock('electron', () => import('./fakeElectron'))

let content: { path: string; remove: () => Promise<void> }
let session: FolderSession
let shellHandlers: { [K in keyof ShellHandlers]: ReturnType<typeof vi.fn> }
let logLines: string[]
const trusted = new FakeWebContents()
const untrusted = new FakeWebContents()

function invoke(channel: string, sender: FakeWebContents, ...args: unknown[]) {
  const handler = ipcMain.handlers.get(channel)
  if (handler === undefined) throw new Error(`No handler registered for ${channel}`)

  return handler({ sender, senderFrame: sender.mainFrame }, ...args) as Promise<unknown>
}

beforeEach(async () => {
  resetFakeElectron()
  logLines = []
  content = await copyContentFolder()
  session = new FolderSession(
    new ProfileStore(join(content.path, '..', 'profile-unused.json')),
    recordingLogger(),
    { validation: null, export: null },
  )
  await session.open(content.path)
  shellHandlers = {
    openFolder: vi.fn(async () => ok(null)),
    showInFolder: vi.fn(async () => ok(null)),
    choosePath: vi.fn(async () => ok('/picked')),
    setUnsavedChanges: vi.fn(),
  }
  registerIpcHandlers({
    api: session.api,
    shell: shellHandlers as unknown as ShellHandlers,
    isTrustedSender: (event) => event.sender === (trusted as unknown),
    log: recordingLogger(logLines),
  })
})

afterEach(async () => {
  await session.close()
  await content.remove()
})

describe('registerIpcHandlers', () => {
  it('registers one channel per API method', () => {
    for (const method of API_METHODS) {
      expect(ipcMain.handlers.has(apiChannel(method)), method).toBe(true)
    }
  })

  it('registers the shell channels', () => {
    expect(ipcMain.handlers.has(SHELL_CHANNELS.openExternal)).toBe(true)
    expect(ipcMain.handlers.has(SHELL_CHANNELS.openFolder)).toBe(true)
    expect(ipcMain.handlers.has(SHELL_CHANNELS.showInFolder)).toBe(true)
    expect(ipcMain.handlers.has(SHELL_CHANNELS.choosePath)).toBe(true)
    expect(ipcMain.listeners.has(SHELL_CHANNELS.setUnsavedChanges)).toBe(true)
  })

  it('registers nothing else', () => {
    const expected = [
      ...API_METHODS.map(apiChannel),
      SHELL_CHANNELS.openExternal,
      SHELL_CHANNELS.openFolder,
      SHELL_CHANNELS.showInFolder,
      SHELL_CHANNELS.choosePath,
    ]

    expect([...ipcMain.handlers.keys()].sort()).toEqual(expected.sort())
    expect([...ipcMain.listeners.keys()]).toEqual([SHELL_CHANNELS.setUnsavedChanges])
  })

  it('calls the content folder for a valid request', async () => {
    const created = await invoke(apiChannel('createEntry'), trusted, {
      code: 'a4550',
      title: 'Surgical trays',
    })
    const loaded = await invoke(apiChannel('getEntry'), trusted, { code: 'A4550' })
    const file = JSON.parse(
      await readFile(join(content.path, 'entries', 'A4550.json'), 'utf8'),
    ) as unknown

    expect(created).toMatchObject({ ok: true, value: { entry: { code: 'A4550' } } })
    expect(loaded).toMatchObject({ ok: true, value: { entry: { title: 'Surgical trays' } } })
    expect(file).toMatchObject({ code: 'A4550', title: 'Surgical trays' })
  })

  it('rejects invalid arguments for every method', async () => {
    for (const method of API_METHODS) {
      const result = await invoke(apiChannel(method), trusted, { unexpected: true })

      expect(result, method).toMatchObject({ ok: false, error: { code: 'invalid-argument' } })
    }
  })

  it('rejects relative paths with the value', async () => {
    const exported = await invoke(apiChannel('exportBundle'), trusted, {
      target: 'json',
      outDir: 'bundle-relative',
    })
    const imported = await invoke(apiChannel('previewImport'), trusted, {
      kind: 'rvu',
      path: '~/PPRRVU.csv',
    })

    expect(exported).toMatchObject({ ok: false, error: { code: 'invalid-argument' } })
    const windows = await invoke(apiChannel('exportBundle'), trusted, {
      target: 'json',
      outDir: 'C:\\tmp\\out',
    })

    expect(JSON.stringify(exported)).toContain("outDir 'bundle-relative' is not a full path")
    expect(imported).toMatchObject({ ok: false, error: { code: 'invalid-argument' } })
    // A drive letter names an absolute path only on Windows.
    if (process.platform !== 'win32') {
      expect(windows).toMatchObject({ ok: false, error: { code: 'invalid-argument' } })
    }
  })

  it('rejects arguments of the wrong type', async () => {
    const requests = ['A4550', 42, [], { code: 42 }, { code: '' }, { code: 'x'.repeat(100) }]
    for (const request of requests) {
      const result = await invoke(apiChannel('getEntry'), trusted, request)

      expect(result, JSON.stringify(request)).toMatchObject({
        ok: false,
        error: { code: 'invalid-argument' },
      })
    }
  })

  it('rejects an untrusted sender', async () => {
    const result = await invoke(apiChannel('createEntry'), untrusted, { code: 'A4550' })
    const external = await invoke(SHELL_CHANNELS.openExternal, untrusted, 'https://example.org/')
    const folder = await invoke(SHELL_CHANNELS.openFolder, untrusted)

    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect(external).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect(folder).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect(session.folder?.has('A4550')).toBe(false)
    expect(shell.openExternal).not.toHaveBeenCalled()
    expect(shellHandlers.openFolder).not.toHaveBeenCalled()
    expect(logLines.join('\n')).toContain('untrusted sender')
  })

  it('ignores unsaved-change flags from an untrusted sender', () => {
    const listener = ipcMain.listeners.get(SHELL_CHANNELS.setUnsavedChanges)

    listener?.({ sender: untrusted, senderFrame: untrusted.mainFrame }, true)
    listener?.({ sender: trusted, senderFrame: trusted.mainFrame }, 'yes')
    listener?.({ sender: trusted, senderFrame: trusted.mainFrame }, true)

    expect(shellHandlers.setUnsavedChanges.mock.calls).toEqual([[true]])
  })

  it('opens only safe external links', async () => {
    const good = await invoke(SHELL_CHANNELS.openExternal, trusted, 'https://www.cms.gov/')
    const bad = await invoke(SHELL_CHANNELS.openExternal, trusted, 'javascript:alert(1)')
    const wrongType = await invoke(SHELL_CHANNELS.openExternal, trusted, { url: 'https://a.b/' })

    expect(good).toEqual({ ok: true, value: null })
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-argument' } })
    expect(wrongType).toMatchObject({ ok: false, error: { code: 'invalid-argument' } })
    expect(shell.openExternal.mock.calls).toEqual([['https://www.cms.gov/']])
  })

  it('validates shell function arguments', async () => {
    const badKind = await invoke(SHELL_CHANNELS.choosePath, trusted, { kind: 'device', title: 'x' })
    const extra = await invoke(SHELL_CHANNELS.choosePath, trusted, {
      kind: 'file',
      title: 'x',
      path: '/',
    })
    const good = await invoke(SHELL_CHANNELS.choosePath, trusted, {
      kind: 'folder',
      title: 'Export to',
    })
    const badPath = await invoke(SHELL_CHANNELS.showInFolder, trusted, 7)

    expect(badKind).toMatchObject({ ok: false, error: { code: 'invalid-argument' } })
    expect(extra).toMatchObject({ ok: false, error: { code: 'invalid-argument' } })
    expect(good).toEqual({ ok: true, value: '/picked' })
    expect(badPath).toMatchObject({ ok: false, error: { code: 'invalid-argument' } })
    expect(shellHandlers.choosePath.mock.calls).toEqual([[{ kind: 'folder', title: 'Export to' }]])
    expect(shellHandlers.showInFolder).not.toHaveBeenCalled()
  })
})
