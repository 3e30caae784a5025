import type { IpcMainEvent, IpcMainInvokeEvent, WebContents } from 'electron'

/**
 * Returns whether an IPC message comes from the main frame of our window while that frame shows
 * our renderer. Messages from subframes, other windows or other pages return false. The sender
 * frame's scheme and host must match those of `appUrl`, the renderer's URL.
 */
export function isTrustedSender(
  event: IpcMainEvent | IpcMainInvokeEvent,
  window: { webContents: WebContents } | null,
  appUrl: string,
): boolean {
  if (window === null || event.sender !== window.webContents) return false

  const frame = event.senderFrame
  if (frame === null || frame !== window.webContents.mainFrame) return false

  let senderUrl: URL
  let expected: URL
  try {
    senderUrl = new URL(frame.url)
    expected = new URL(appUrl)
  } catch {
    return false
  }

  return senderUrl.protocol === expected.protocol && senderUrl.host === expected.host
}
