import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { createHttpApi } from '../../src/renderer/src/api/httpApi'
import { type RunningServer, startServer } from '../../src/server/startServer'
import { copyContentFolder, makeTempFolder } from '../helpers/tempFolder'
import { recordingLogger } from '../main/recordingLogger'

let content: { path: string; remove: () => Promise<void> }
let profile: { path: string; remove: () => Promise<void> }
let server: RunningServer

/** Makes the client's relative `/api/...` URLs absolute, as the browser does for the page. */
function fetchFrom(origin: string): typeof fetch {
  return (path, init) => fetch(`${origin}${path as string}`, init)
}

beforeEach(async () => {
  content = await copyContentFolder()
  profile = await makeTempFolder('codedesk-profile-')
  server = await startServer({
    contentDir: content.path,
    port: 0,
    profilePath: join(profile.path, 'profile.json'),
    log: recordingLogger(),
  })
})

afterEach(async () => {
  await server.close()
  await content.remove()
  await profile.remove()
})

describe('createHttpApi', () => {
  it('calls the server with the token header', async () => {
    const api = createHttpApi(fetchFrom(`http://127.0.0.1:${server.port}`), server.token)

    const info = await api.getFolderInfo({})
    const missing = await api.getEntry({ code: 'A4550' })

    expect(info).toMatchObject({ ok: true, value: { folder: content.path } })
    expect(missing).toMatchObject({ ok: false, error: { code: 'not-found' } })
  })

  it('turns a rejected token into forbidden', async () => {
    const api = createHttpApi(fetchFrom(`http://127.0.0.1:${server.port}`), 'wrong-token')

    const result = await api.listEntries({})

    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect(result.ok ? '' : result.error.message).toContain('?token=')
  })

  it('turns a stopped server into io', async () => {
    const api = createHttpApi(fetchFrom(`http://127.0.0.1:${server.port}`), server.token)
    await server.close()

    const result = await api.listEntries({})

    expect(result).toMatchObject({ ok: false, error: { code: 'io' } })
    expect(result.ok ? '' : result.error.message).toContain('listEntries')
  })

  it('turns a response that is not a result into io', async () => {
    const impostor = createServer((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'text/html' })
      response.end('<html>proxy error</html>')
    })
    await new Promise<void>((resolve) => impostor.listen(0, '127.0.0.1', resolve))
    const port = (impostor.address() as AddressInfo).port
    try {
      const api = createHttpApi(fetchFrom(`http://127.0.0.1:${port}`), null)

      expect(await api.getProfile({})).toMatchObject({ ok: false, error: { code: 'io' } })
    } finally {
      await new Promise((resolve) => impostor.close(resolve))
    }
  })
})
