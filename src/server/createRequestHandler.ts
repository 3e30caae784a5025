import type { IncomingMessage, ServerResponse } from 'node:http'

import { ACCESS_TOKEN_HEADER, ACCESS_TOKEN_PARAM, API_PATH_PREFIX } from '../shared/api/browserMode'
import type { ContentApi } from '../shared/api/contract'
import { dispatchApiCall } from '../shared/api/dispatch'
import { fail, type Result } from '../shared/errors'
import type { Logger } from '../storage/logger'
import { readCookie, tokenCookieName, tokenMatches } from './accessToken'
import { checkRequestSource } from './checkRequestSource'
import { BodyError, readJsonBody } from './readJsonBody'
import { SECURITY_HEADERS } from './securityHeaders'
import { serveStaticFile } from './serveStaticFile'

export interface RequestHandlerOptions {
  api: ContentApi
  token: string
  /** The folder of the built renderer (out/renderer). */
  staticRoot: string
  /** The port the server listens on; read per request because port 0 is resolved on listen. */
  port: () => number
  log: Logger
}

function sendText(response: ServerResponse, status: number, message: string): void {
  response.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
  })
  response.end(`${message}\n`)
}

// The query string may contain the access token, which must not reach the log.
function pathOf(request: IncomingMessage): string {
  return (request.url ?? '/').split('?')[0] ?? '/'
}

function sendResult(response: ServerResponse, result: Result<unknown>): void {
  const body = JSON.stringify(result)
  response.writeHead(200, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(body)),
    'Cache-Control': 'no-store',
  })
  response.end(body)
}

/**
 * Builds the request handler of browser mode. Each request passes, in order: the Host and Origin
 * check, the access token (from the cookie, the API header or, for page loads, `?token=`), then
 * either `POST /api/<method>` through dispatchApiCall or `GET` of a file of the built renderer.
 */
export function createRequestHandler(options: RequestHandlerOptions) {
  const { api, token, staticRoot, log } = options

  async function handleApi(request: IncomingMessage, response: ServerResponse, method: string) {
    if (request.method !== 'POST') {
      response.setHeader('Allow', 'POST')
      sendText(response, 405, `Method ${request.method} is not allowed on the API. Use POST.`)
      return
    }

    let body: unknown
    try {
      body = await readJsonBody(request)
    } catch (error) {
      if (!(error instanceof BodyError)) throw error
      log.warn('API request body rejected', { method, status: error.status, error: error.message })
      response.setHeader('Connection', 'close')
      sendText(response, error.status, error.message)
      return
    }

    const result = await dispatchApiCall(api, method, body)
    if (!result.ok && result.error.code === 'internal') {
      log.error('API call failed', { method, error: result.error.message })
    }
    sendResult(response, result)
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value)

    const port = options.port()
    const rejection = checkRequestSource(request.headers, port)
    if (rejection !== null) {
      log.warn('request rejected', { path: pathOf(request), reason: rejection.message })
      sendText(response, rejection.status, rejection.message)
      return
    }

    // Only origin-form targets ("/path?query"): "//host/path" would parse as another host.
    const target = request.url ?? ''
    if (!target.startsWith('/')) {
      sendText(response, 400, 'Request target must be a path starting with /.')
      return
    }
    const url = new URL(`http://127.0.0.1:${port}${target}`)
    const cookieName = tokenCookieName(port)
    const headerToken = request.headers[ACCESS_TOKEN_HEADER.toLowerCase()]
    const queryToken = url.searchParams.get(ACCESS_TOKEN_PARAM)
    const isApi = url.pathname.startsWith(API_PATH_PREFIX)
    const presented = [
      readCookie(request.headers.cookie, cookieName),
      typeof headerToken === 'string' ? headerToken : null,
      // The query token only opens pages: an API call carries it in the header or the cookie.
      isApi ? null : queryToken,
    ]
    if (!presented.some((candidate) => tokenMatches(token, candidate))) {
      log.warn('request without a valid access token', {
        method: request.method,
        path: url.pathname,
      })
      sendText(
        response,
        401,
        'Missing or invalid access token. Open the address with ?token= that `npm run serve` printed.',
      )
      return
    }

    if (isApi) {
      await handleApi(request, response, url.pathname.slice(API_PATH_PREFIX.length))
      return
    }

    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.setHeader('Allow', 'GET, HEAD')
      sendText(
        response,
        405,
        `Method ${request.method} is not allowed on ${url.pathname}. Use GET.`,
      )
      return
    }

    // A page opened with ?token= gets the cookie, then is redirected to the same address without
    // the token, so the token does not stay in the address bar, history or bookmarks.
    if (queryToken !== null) {
      url.searchParams.delete(ACCESS_TOKEN_PARAM)
      // Leading slashes collapse to one: `//host/` in Location is a protocol-relative address
      // that would send the browser to another host.
      const localPath = url.pathname.replace(/^[/\\]+/, '/')
      response.setHeader('Set-Cookie', `${cookieName}=${token}; Path=/; HttpOnly; SameSite=Strict`)
      response.writeHead(303, {
        Location: `${localPath}${url.search}`,
        'Cache-Control': 'no-store',
      })
      response.end()
      return
    }

    await serveStaticFile(response, staticRoot, url.pathname, request.method === 'HEAD')
  }

  return (request: IncomingMessage, response: ServerResponse): void => {
    handle(request, response).catch((error: unknown) => {
      log.error('request failed', {
        method: request.method,
        path: pathOf(request),
        error: String(error),
      })
      if (response.headersSent) {
        response.destroy()
        return
      }
      sendResult(response, fail('internal', `Unexpected server error: ${String(error)}`))
    })
  }
}
