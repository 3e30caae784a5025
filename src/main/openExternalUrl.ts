import { shell } from 'electron'

import { toExternalUrl } from '../shared/api/externalUrl'
import type { Logger } from '../storage/logger'

/**
 * Opens a URL in the system browser when toExternalUrl allows it (http, https and mailto only),
 * and returns whether it did. Everything else is logged and dropped.
 */
export async function openExternalUrl(candidate: unknown, log: Logger): Promise<boolean> {
  const url = toExternalUrl(candidate)
  if (url === null) {
    log.warn('external link rejected', { url: String(candidate).slice(0, 200) })
    return false
  }

  try {
    await shell.openExternal(url)
    return true
  } catch (error) {
    log.error('opening an external link failed', { url, error: String(error) })
    return false
  }
}
