import type { Session } from 'electron'

import type { Logger } from '../storage/logger'

/**
 * Denies every permission request and check (camera, notifications, clipboard reads, HID and the
 * rest) and every download in a session. CodeDesk needs none of them, so a page that requests one
 * is not ours.
 */
export function applySessionPolicy(session: Session, log: Logger): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    log.warn('permission request denied', { permission })
    callback(false)
  })
  session.setPermissionCheckHandler(() => false)
  session.setDevicePermissionHandler(() => false)
  session.on('will-download', (event, item) => {
    event.preventDefault()
    log.warn('download blocked', { url: item.getURL().slice(0, 200) })
  })
}
