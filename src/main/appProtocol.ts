import { stat } from 'node:fs/promises'
import { join, normalize, relative, sep } from 'node:path'
import { pathToFileURL } from 'node:url'

import { net, protocol } from 'electron'

import { RENDERER_CONTENT_SECURITY_POLICY } from '../shared/api/rendererCsp'

/** The custom scheme the built renderer is loaded from, so pages never run from file://. */
export const APP_SCHEME = 'codedesk'
export const APP_HOST = 'app'
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`

/** The Content-Security-Policy of the production renderer, sent as a response header. */
export const RENDERER_CSP = RENDERER_CONTENT_SECURITY_POLICY

// NOTE: the bundle has not yet been loaded over this scheme in a real Electron, because Electron's
// binary cannot be downloaded on the project's build machines. Unit tests cover the handler only.
/**
 * Registers the app scheme as standard and secure. Electron requires this before `ready`.
 * `corsEnabled` stays off, so pages of other origins cannot read the app's files. The bundle's
 * module scripts and worker are same-origin, which a standard scheme allows without it.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ])
}

/**
 * Maps a `codedesk://app/...` URL to a file inside `rendererDir`, or returns null for another host
 * or a path that would leave the folder.
 */
export function resolveAppFile(rendererDir: string, requestUrl: string): string | null {
  let url: URL
  try {
    url = new URL(requestUrl)
  } catch {
    return null
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null

  let path: string
  try {
    path = decodeURIComponent(url.pathname)
  } catch {
    return null
  }
  if (path.includes('\0') || path.includes('\\')) return null

  const file = normalize(join(rendererDir, path === '/' ? 'index.html' : path))
  const inside = relative(rendererDir, file)
  if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`)) return null

  return file
}

/**
 * Serves the built renderer on the app scheme, with the CSP and nosniff headers on every
 * response. Call after `ready`.
 */
export function handleAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppFile(rendererDir, request.url)
    const info = file === null ? null : await stat(file).catch(() => null)
    if (file === null || info === null || !info.isFile()) {
      return new Response('Not found', { status: 404 })
    }

    const fileResponse = await net.fetch(pathToFileURL(file).href)
    const headers = new Headers(fileResponse.headers)
    headers.set('Content-Security-Policy', RENDERER_CSP)
    headers.set('X-Content-Type-Options', 'nosniff')
    headers.set('Referrer-Policy', 'no-referrer')

    return new Response(fileResponse.body, { status: fileResponse.status, headers })
  })
}
