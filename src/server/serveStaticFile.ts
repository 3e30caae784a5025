import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import type { ServerResponse } from 'node:http'
import { extname, join, relative, resolve, sep } from 'node:path'

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.dic': 'text/plain; charset=utf-8',
  '.aff': 'text/plain; charset=utf-8',
}

/**
 * Resolves a URL path to a file inside `root`, or returns null when it would leave `root`: `..`
 * segments (also percent-encoded), backslashes, NUL bytes and malformed escapes are all rejected.
 * `/` maps to index.html.
 */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return null
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null

  const segments = decoded.split('/').filter((segment) => segment !== '')
  if (segments.some((segment) => segment === '..' || segment === '.')) return null

  const absoluteRoot = resolve(root)
  const file =
    segments.length === 0 ? join(absoluteRoot, 'index.html') : join(absoluteRoot, ...segments)
  const inside = relative(absoluteRoot, file)
  if (inside === '' || inside.startsWith(`..${sep}`) || inside === '..') return null

  return file
}

/**
 * Sends a file of the built renderer with its content type, or a 404 when it does not exist.
 * Hashed assets may be cached, while index.html is revalidated so a rebuild shows at once.
 */
export async function serveStaticFile(
  response: ServerResponse,
  root: string,
  urlPath: string,
  headOnly: boolean,
): Promise<void> {
  const file = resolveStaticPath(root, urlPath)
  const info = file === null ? null : await stat(file).catch(() => null)
  if (file === null || info === null || !info.isFile()) {
    // Browsers request /favicon.ico on their own. The app has no icon, and a 404 would show up
    // as a console error in every page.
    if (urlPath === '/favicon.ico') {
      response.writeHead(204)
      response.end()
      return
    }
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' })
    response.end(`Not found: ${urlPath}\n`)
    return
  }

  const isHashedAsset = urlPath.startsWith('/assets/')
  response.writeHead(200, {
    'Content-Type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': String(info.size),
    'Cache-Control': isHashedAsset ? 'private, max-age=31536000, immutable' : 'no-cache',
  })
  if (headOnly) {
    response.end()
    return
  }

  createReadStream(file).pipe(response)
}
