import { beforeEach, describe, expect, it, vi } from 'vitest'

import { openExternalUrl } from '../../src/main/openExternalUrl'
import { resetFakeElectron, shell } from './fakeElectron'
import { recordingLogger } from './recordingLogger'

vi.mock('electron', () => import('./fakeElectron'))

const log = recordingLogger()

const allowed = [
  'https://www.cms.gov/medicare/physician-fee-schedule',
  'http://example.org/',
  'mailto:billing@example.org',
  'https://example.org/path?query=1#part',
]

const rejected = [
  'javascript:alert(1)',
  'JAVASCRIPT:alert(1)',
  'JavaScript:alert(1)',
  'java\tscript:alert(1)',
  'file:///etc/passwd',
  'FILE:///etc/passwd',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'HTTPS://example.org/',
  'Https://example.org/',
  ' https://example.org/',
  'https://example.org/ ',
  '\thttps://example.org/',
  'https://example.org/\n',
  'https://exa\u0000mple.org/',
  'https://example.org/\u0085',
  'https://example.org/\u00a0',
  'https:example.org',
  'https:///path-only',
  'https://cms.gov@evil.example/',
  'https://user:secret@example.org/',
  '//example.org/',
  '/relative/path',
  'codedesk://app/index.html',
  'ftp://example.org/',
  'smb://server/share',
  '',
]

beforeEach(() => {
  resetFakeElectron()
})

describe('openExternalUrl', () => {
  it('opens http, https and mailto links', async () => {
    for (const url of allowed) {
      expect(await openExternalUrl(url, log), url).toBe(true)
    }

    expect(shell.openExternal.mock.calls.map(([url]) => url)).toEqual(
      allowed.map((url) => new URL(url).href),
    )
  })

  it('rejects every other scheme and form', async () => {
    for (const url of rejected) {
      expect(await openExternalUrl(url, log), JSON.stringify(url)).toBe(false)
    }

    expect(shell.openExternal).not.toHaveBeenCalled()
  })

  it('rejects values that are not strings', async () => {
    for (const value of [null, undefined, 42, { href: 'https://example.org/' }, ['https://a.b/']]) {
      expect(await openExternalUrl(value, log)).toBe(false)
    }

    expect(shell.openExternal).not.toHaveBeenCalled()
  })

  it('returns false when the system browser fails', async () => {
    shell.openExternal.mockRejectedValueOnce(new Error('no handler'))

    expect(await openExternalUrl('https://example.org/', log)).toBe(false)
  })
})
