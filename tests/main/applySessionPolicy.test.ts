import { beforeEach, describe, expect, it, vi } from 'vitest'

import { applySessionPolicy } from '../../src/main/applySessionPolicy'
import { FakeSession, resetFakeElectron } from './fakeElectron'
import { recordingLogger } from './recordingLogger'

vi.mock('electron', () => import('./fakeElectron'))

beforeEach(() => {
  resetFakeElectron()
})

describe('applySessionPolicy', () => {
  it('denies every permission request', () => {
    const session = new FakeSession()
    applySessionPolicy(session as never, recordingLogger())

    for (const permission of [
      'media',
      'notifications',
      'geolocation',
      'clipboard-read',
      'openExternal',
    ]) {
      const callback = vi.fn()
      session.permissionRequestHandler?.({}, permission, callback, {})

      expect(callback, permission).toHaveBeenCalledWith(false)
    }
  })

  it('fails every permission check', () => {
    const session = new FakeSession()
    applySessionPolicy(session as never, recordingLogger())

    expect(session.permissionCheckHandler?.({}, 'media', 'codedesk://app', {})).toBe(false)
    expect(session.devicePermissionHandler?.({ deviceType: 'usb' })).toBe(false)
  })

  it('cancels downloads', () => {
    const session = new FakeSession()
    applySessionPolicy(session as never, recordingLogger())
    const event = { preventDefault: vi.fn() }

    session.emit('will-download', event, { getURL: () => 'https://example.org/file.zip' })

    expect(event.preventDefault).toHaveBeenCalled()
  })
})
