import { describe, expect, it, vi } from 'vitest'

import { isTrustedSender } from '../../src/main/isTrustedSender'
import { APP_URL, BrowserWindow } from './fakeElectron'

vi.mock('electron', () => import('./fakeElectron'))

function check(
  window: BrowserWindow | null,
  sender: unknown,
  senderFrame: unknown,
  appUrl = APP_URL,
) {
  return isTrustedSender({ sender, senderFrame } as never, window as never, appUrl)
}

describe('isTrustedSender', () => {
  it('accepts the main frame of our window', () => {
    const window = new BrowserWindow({})

    expect(check(window, window.webContents, window.webContents.mainFrame)).toBe(true)
  })

  it('accepts the dev server page under npm run dev', () => {
    const window = new BrowserWindow({})
    window.webContents.mainFrame.url = 'http://localhost:5173/'

    expect(
      check(window, window.webContents, window.webContents.mainFrame, 'http://localhost:5173'),
    ).toBe(true)
  })

  it('rejects another window', () => {
    const window = new BrowserWindow({})
    const other = new BrowserWindow({})

    expect(check(window, other.webContents, other.webContents.mainFrame)).toBe(false)
  })

  it('rejects a subframe', () => {
    const window = new BrowserWindow({})
    const subframe = { url: APP_URL, parent: window.webContents.mainFrame }

    expect(check(window, window.webContents, subframe)).toBe(false)
  })

  it('rejects a frame showing another page', () => {
    const window = new BrowserWindow({})
    for (const url of [
      'https://example.org/',
      'file:///tmp/index.html',
      'codedesk://other/index.html',
      'about:blank',
    ]) {
      window.webContents.mainFrame.url = url

      expect(check(window, window.webContents, window.webContents.mainFrame), url).toBe(false)
    }
  })

  it('rejects a destroyed frame or missing window', () => {
    const window = new BrowserWindow({})

    expect(check(window, window.webContents, null)).toBe(false)
    expect(check(null, window.webContents, window.webContents.mainFrame)).toBe(false)
  })
})
