import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'

import { ACCESS_TOKEN_PARAM } from '../shared/api/browserMode'
import { ContentFolder } from '../storage/folder/ContentFolder'
import { createLogger, type Logger } from '../storage/logger'
import { ProfileStore } from '../storage/profile/ProfileStore'
import { createContentService } from '../storage/service/createContentService'
import { createAccessToken } from './accessToken'
import { createRequestHandler } from './createRequestHandler'

/** The built renderer that browser mode serves, relative to this repository. */
export const DEFAULT_STATIC_ROOT = join(import.meta.dirname, '..', '..', 'out', 'renderer')

export interface ServerOptions {
  contentDir: string
  /** 0 picks a free port. */
  port: number
  /** The profile file (name and role); defaults to ProfileStore's own default. */
  profilePath?: string
  log?: Logger
  /** The folder of the built renderer; defaults to out/renderer. */
  staticRoot?: string
}

export interface RunningServer {
  /** The address to open, with the access token as `?token=`. */
  url: string
  token: string
  port: number
  /** Stops accepting requests, closes open connections and releases the folder lock. */
  close(): Promise<void>
}

/**
 * Opens the content folder with its write lock and serves the ContentApi and the built renderer
 * on 127.0.0.1 only. Raises the folder's `locked` or `not-found` error before listening.
 */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const log = options.log ?? createLogger('server')
  const folder = await ContentFolder.open(options.contentDir, { app: 'codedesk serve' })
  const profiles =
    options.profilePath === undefined ? undefined : new ProfileStore(options.profilePath)
  const api = createContentService(folder, {
    log: log.child('service'),
    ...(profiles && { profiles }),
  })
  const token = createAccessToken()

  let port = options.port
  const server = createServer(
    createRequestHandler({
      api,
      token,
      staticRoot: options.staticRoot ?? DEFAULT_STATIC_ROOT,
      port: () => port,
      log,
    }),
  )
  // Slow or stalled uploads must not hold a connection open for ever.
  server.requestTimeout = 60_000
  server.headersTimeout = 20_000

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(options.port, '127.0.0.1', () => {
        server.off('error', reject)
        resolve()
      })
    })
  } catch (error) {
    await folder.close()
    throw error
  }
  port = (server.address() as AddressInfo).port
  log.info('listening', { address: `http://127.0.0.1:${port}/`, contentDir: folder.folder })

  let closing: Promise<void> | null = null
  const close = () => {
    closing ??= (async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeIdleConnections()
        // A request still running gets a moment to finish its write before its socket is cut.
        setTimeout(() => server.closeAllConnections(), 2_000).unref()
      })
      await folder.close()
      log.info('stopped', { contentDir: folder.folder })
    })()
    return closing
  }

  return { url: `http://127.0.0.1:${port}/?${ACCESS_TOKEN_PARAM}=${token}`, token, port, close }
}
