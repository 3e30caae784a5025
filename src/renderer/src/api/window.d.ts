import type { CodeDeskBridge } from '../../../shared/api/shellApi'

declare global {
  interface Window {
    /** The desktop app's API, exposed by the preload; undefined in browser mode. */
    codedesk?: CodeDeskBridge
  }
}
