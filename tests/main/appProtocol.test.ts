import { mkdir, writeFile } from 'node:fs/promises'
import { join, resolve, sep } from 'node:path'

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import {
  APP_ENTRY_URL,
  handleAppProtocol,
  registerAppScheme,
  resolveAppFile,
} from '../../src/main/appProtocol'
import { makeTempFolder } from '../helpers/tempFolder'
import { net, protocol, resetFakeElectron } from './fakeElectron'

vi.mock('electron', () => import('./fakeElectron'))

const rendererDir = resolve('/srv/out/renderer')

describe('resolveAppFile', () => {
  it('maps app URLs into the renderer folder', () => {
    expect(resolveAppFile(rendererDir, APP_ENTRY_URL)).toBe(join(rendererDir, 'index.html'))
    expect(resolveAppFile(rendererDir, 'codedesk://app/')).toBe(join(rendererDir, 'index.html'))
    expect(resolveAppFile(rendererDir, 'codedesk://app/assets/index-1.js')).toBe(
      join(rendererDir, 'assets', 'index-1.js'),
    )
  })

  it('rejects other hosts and schemes', () => {
    const urls = [
      'codedesk://other/index.html',
      'https://app/index.html',
      'file:///etc/passwd',
      'codedesk://app/index.html%00.js',
      'codedesk://app/..%5c..%5cetc%5cpasswd',
      'codedesk://app/%E0%A4%A',
      'not a url',
    ]
    for (const url of urls) {
      expect(resolveAppFile(rendererDir, url), url).toBeNull()
    }
  })

  it('keeps dot segments inside the folder', () => {
    const urls = [
      'codedesk://app/../../etc/passwd',
      'codedesk://app/%2e%2e/%2e%2e/etc/passwd',
      'codedesk://app/..%2f..%2fetc/passwd',
      'codedesk://app/assets/%2E%2E/%2E%2E/%2E%2E/etc/passwd',
    ]
    for (const url of urls) {
      const file = resolveAppFile(rendererDir, url)

      expect(file === null || file.startsWith(`${rendererDir}${sep}`), `${url} -> ${file}`).toBe(
        true,
      )
    }
  })
})

describe('registerAppScheme', () => {
  beforeEach(() => resetFakeElectron())

  it('registers a standard secure scheme', () => {
    registerAppScheme()

    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'codedesk', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ])
  })
})

describe('handleAppProtocol', () => {
  let temp: { path: string; remove: () => Promise<void> }

  beforeEach(async () => {
    resetFakeElectron()
    temp = await makeTempFolder()
    await mkdir(join(temp.path, 'assets'))
    await writeFile(join(temp.path, 'index.html'), '<!doctype html>')
    net.fetch.mockImplementation(
      async () => new Response('<!doctype html>', { headers: { 'Content-Type': 'text/html' } }),
    )
  })

  afterEach(async () => {
    await temp.remove()
  })

  function registeredHandler() {
    handleAppProtocol(temp.path)
    const handler = protocol.handle.mock.calls[0]?.[1] as (request: Request) => Promise<Response>

    expect(protocol.handle.mock.calls[0]?.[0]).toBe('codedesk')
    return handler
  }

  it('serves files with the CSP header', async () => {
    const handler = registeredHandler()

    const response = await handler(
      new Request(
        'http://placeholder/'.replace('http://placeholder/', 'codedesk://app/index.html'),
      ),
    )
    const csp = response.headers.get('Content-Security-Policy') ?? ''

    expect(response.status).toBe(200)
    expect(csp).toContain("script-src 'self'")
    expect(csp).toContain("frame-ancestors 'none'")
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff')
    expect(net.fetch.mock.calls[0]?.[0]).toBe(`file://${join(temp.path, 'index.html')}`)
  })

  it('returns 404 for missing and outside files', async () => {
    const handler = registeredHandler()

    const missing = await handler(new Request('codedesk://app/assets/none.js'))
    const outside = await handler(new Request('codedesk://app/%2e%2e/secret'))

    expect(missing.status).toBe(404)
    expect(outside.status).toBe(404)
    expect(net.fetch).not.toHaveBeenCalled()
  })
})
