import { access, mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { MAX_BODY_BYTES } from '../../src/server/readJsonBody'
import { type RunningServer, startServer } from '../../src/server/startServer'
import type { Logger } from '../../src/storage/logger'
import { copyContentFolder, makeTempFolder } from '../helpers/tempFolder'
import { rawRequest } from './rawRequest'

type Temp = { path: string; remove: () => Promise<void> }

let content: Temp
let site: Temp
let server: RunningServer
let logLines: string[]

/** Creates a logger that keeps its lines, so tests can check what the server logs. */
function recordingLogger(scope = 'server'): Logger {
  const write = (level: string) => (message: string, fields?: Record<string, unknown>) => {
    logLines.push(`${level} [${scope}] ${message} ${JSON.stringify(fields ?? {})}`)
  }
  return {
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    child: (child) => recordingLogger(`${scope}:${child}`),
  }
}

function apiCall(method: string, body: unknown, headers: Record<string, string> = {}) {
  return rawRequest(server.port, {
    method: 'POST',
    path: `/api/${method}`,
    headers: {
      'Content-Type': 'application/json',
      'X-CodeDesk-Token': server.token,
      ...headers,
    },
    body: JSON.stringify(body),
  })
}

beforeEach(async () => {
  logLines = []
  content = await copyContentFolder()
  site = await makeTempFolder('codedesk-site-')
  // A stand-in for out/renderer, plus a file beside it that must never be served.
  await mkdir(join(site.path, 'renderer', 'assets'), { recursive: true })
  await writeFile(join(site.path, 'renderer', 'index.html'), '<!doctype html><title>t</title>')
  await writeFile(join(site.path, 'renderer', 'assets', 'app.js'), 'console.log(1)')
  await writeFile(join(site.path, 'secret.txt'), 'SECRET')

  server = await startServer({
    contentDir: content.path,
    port: 0,
    profilePath: join(site.path, 'profile.json'),
    staticRoot: join(site.path, 'renderer'),
    log: recordingLogger(),
  })
})

afterEach(async () => {
  await server.close()
  await content.remove()
  await site.remove()
})

describe('startServer', () => {
  it('prints a loopback URL with the token', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${server.token}`)
    expect(server.port).toBeGreaterThan(0)
    expect(server.token.length).toBeGreaterThanOrEqual(40)
  })

  it('rejects requests without the token', async () => {
    const page = await rawRequest(server.port, { path: '/' })
    const asset = await rawRequest(server.port, { path: '/assets/app.js' })
    const api = await apiCall('getFolderInfo', {}, { 'X-CodeDesk-Token': '' })

    expect(page.status).toBe(401)
    expect(asset.status).toBe(401)
    expect(api.status).toBe(401)
    expect(api.body).toContain('access token')
  })

  it('rejects a wrong token', async () => {
    const api = await apiCall('getFolderInfo', {}, { 'X-CodeDesk-Token': `${server.token}x` })
    const page = await rawRequest(server.port, { path: '/?token=wrong' })

    expect(api.status).toBe(401)
    expect(page.status).toBe(401)
  })

  it('rejects a foreign Host header', async () => {
    const hosts = [
      'evil.example',
      `evil.example:${server.port}`,
      `127.0.0.1.evil.example:${server.port}`,
      '127.0.0.1:1',
      '127.0.0.1',
    ]
    for (const host of hosts) {
      const response = await apiCall('getFolderInfo', {}, { Host: host })

      expect(response.status, host).toBe(403)
      expect(response.body, host).toContain('Host header')
    }
  })

  it('accepts localhost as Host', async () => {
    const response = await apiCall('getFolderInfo', {}, { Host: `localhost:${server.port}` })

    expect(response.status).toBe(200)
  })

  it('rejects a foreign Origin', async () => {
    const origins = [
      'http://evil.example',
      `http://127.0.0.1:${server.port + 1}`,
      `https://127.0.0.1:${server.port}`,
      'null',
    ]
    for (const origin of origins) {
      const response = await apiCall('getFolderInfo', {}, { Origin: origin })

      expect(response.status, origin).toBe(403)
      expect(response.body, origin).toContain('Origin')
    }
  })

  it('accepts its own Origin', async () => {
    const response = await apiCall(
      'getFolderInfo',
      {},
      { Origin: `http://127.0.0.1:${server.port}` },
    )

    expect(response.status).toBe(200)
  })

  it('rejects cross-site fetch metadata', async () => {
    const response = await apiCall('getFolderInfo', {}, { 'Sec-Fetch-Site': 'cross-site' })

    expect(response.status).toBe(403)
  })

  it('serves the API against the content folder', async () => {
    const info = await apiCall('getFolderInfo', {})
    const created = await apiCall('createEntry', { code: 'a4550', title: 'Surgical trays' })
    const loaded = await apiCall('getEntry', { code: 'A4550' })

    expect(info.status).toBe(200)
    expect(info.headers['content-type']).toBe('application/json; charset=utf-8')
    expect(JSON.parse(info.body)).toMatchObject({ ok: true, value: { folder: content.path } })
    expect(JSON.parse(created.body)).toMatchObject({
      ok: true,
      value: { entry: { code: 'A4550' } },
    })
    expect(JSON.parse(loaded.body)).toMatchObject({
      ok: true,
      value: { entry: { code: 'A4550', title: 'Surgical trays' } },
    })
    await expect(access(join(content.path, 'entries', 'A4550.json'))).resolves.toBeUndefined()
  })

  it('returns invalid-argument for an unknown method', async () => {
    const response = await apiCall('deleteEverything', {})

    expect(response.status).toBe(200)
    expect(JSON.parse(response.body)).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument', message: "Unknown API method 'deleteEverything'." },
    })
  })

  it('returns invalid-argument for a bad request', async () => {
    const response = await apiCall('getEntry', { code: 42, extra: true })

    expect(JSON.parse(response.body)).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument' },
    })
  })

  it('rejects a body that is not JSON', async () => {
    const wrongType = await apiCall('getFolderInfo', {}, { 'Content-Type': 'text/plain' })
    const formType = await apiCall(
      'getFolderInfo',
      {},
      {
        'Content-Type': 'application/x-www-form-urlencoded',
      },
    )
    const invalid = await rawRequest(server.port, {
      method: 'POST',
      path: '/api/getFolderInfo',
      headers: { 'Content-Type': 'application/json', 'X-CodeDesk-Token': server.token },
      body: '{"unclosed": ',
    })

    expect(wrongType.status).toBe(415)
    expect(formType.status).toBe(415)
    expect(invalid.status).toBe(400)
  })

  it('rejects an oversized body', async () => {
    const body = JSON.stringify({ query: 'x'.repeat(MAX_BODY_BYTES) })
    const response = await rawRequest(server.port, {
      method: 'POST',
      path: '/api/searchEntries',
      headers: { 'Content-Type': 'application/json', 'X-CodeDesk-Token': server.token },
      body,
    })

    expect(response.status).toBe(413)
  })

  it('rejects GET on the API', async () => {
    const response = await rawRequest(server.port, {
      path: '/api/getFolderInfo',
      headers: { 'X-CodeDesk-Token': server.token },
    })

    expect(response.status).toBe(405)
    expect(response.headers.allow).toBe('POST')
  })

  it('does not accept the query token for API calls', async () => {
    const response = await rawRequest(server.port, {
      method: 'POST',
      path: `/api/getFolderInfo?token=${server.token}`,
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    })

    expect(response.status).toBe(401)
  })

  it('trades the query token for a cookie', async () => {
    const first = await rawRequest(server.port, { path: `/?token=${server.token}` })
    const setCookie = String(first.headers['set-cookie'])
    const cookie = setCookie.split(';')[0] ?? ''
    const page = await rawRequest(server.port, { path: '/', headers: { Cookie: cookie } })
    const api = await rawRequest(server.port, {
      method: 'POST',
      path: '/api/getFolderInfo',
      headers: { 'Content-Type': 'application/json', Cookie: cookie },
      body: '{}',
    })

    expect(first.status).toBe(303)
    expect(first.headers.location).toBe('/')
    expect(setCookie).toContain(`codedesk_token_${server.port}=${server.token}`)
    expect(setCookie).toContain('HttpOnly')
    expect(setCookie).toContain('SameSite=Strict')
    expect(page.status).toBe(200)
    expect(page.body).toContain('<title>t</title>')
    expect(api.status).toBe(200)
  })

  it('keeps the token redirect on this host', async () => {
    for (const path of [
      `//evil.example/?token=${server.token}`,
      `/\\evil.example/?token=${server.token}`,
    ]) {
      const response = await rawRequest(server.port, { path })

      expect(response.status).toBe(303)
      expect(response.headers.location).toBe('/evil.example/')
    }
  })

  it('serves assets with their content types', async () => {
    const headers = { 'X-CodeDesk-Token': server.token }
    const page = await rawRequest(server.port, { path: '/', headers })
    const script = await rawRequest(server.port, { path: '/assets/app.js', headers })
    const missing = await rawRequest(server.port, { path: '/assets/none.js', headers })

    expect(page.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8')
    expect(script.body).toBe('console.log(1)')
    expect(missing.status).toBe(404)
  })

  it('rejects path traversal', async () => {
    const headers = { 'X-CodeDesk-Token': server.token }
    const paths = [
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      '/..%5csecret.txt',
      '/assets/..%5c..%5csecret.txt',
      '/secret.txt%00.html',
      '//secret.txt',
      '/%',
    ]
    for (const path of paths) {
      const response = await rawRequest(server.port, { path, headers })

      expect(response.status, path).toBe(404)
      expect(response.body, path).not.toContain('SECRET')
    }
  })

  it('sends security headers on every response', async () => {
    const responses = [
      await rawRequest(server.port, { path: '/' }),
      await rawRequest(server.port, { path: '/', headers: { 'X-CodeDesk-Token': server.token } }),
      await apiCall('getFolderInfo', {}),
    ]
    for (const response of responses) {
      const csp = String(response.headers['content-security-policy'])

      expect(csp).toContain("script-src 'self'")
      expect(csp).toContain("frame-ancestors 'none'")
      expect(csp).toContain("object-src 'none'")
      expect(response.headers['x-content-type-options']).toBe('nosniff')
      expect(response.headers['referrer-policy']).toBe('no-referrer')
    }
  })

  it('never logs the token', async () => {
    await rawRequest(server.port, { path: `/?token=${server.token}`, headers: { Host: 'evil' } })
    await rawRequest(server.port, { path: `/?token=${server.token}x` })
    await rawRequest(server.port, { path: `/?token=${server.token}` })

    expect(logLines.length).toBeGreaterThan(0)
    expect(logLines.join('\n')).not.toContain(server.token)
  })

  it('holds the folder lock until closed', async () => {
    const lockFile = join(content.path, '.codedesk.lock')

    await expect(
      startServer({ contentDir: content.path, port: 0, log: recordingLogger() }),
    ).rejects.toMatchObject({ code: 'locked' })
    expect(JSON.parse(await readFile(lockFile, 'utf8'))).toMatchObject({ pid: process.pid })

    await server.close()

    await expect(access(lockFile)).rejects.toMatchObject({ code: 'ENOENT' })
  })

  it('raises not-found for a missing folder', async () => {
    await expect(
      startServer({ contentDir: join(site.path, 'nowhere'), port: 0, log: recordingLogger() }),
    ).rejects.toMatchObject({ code: 'not-found' })
  })
})
