import { toExternalUrl } from '../../../shared/api/externalUrl'
import type { MenuCommand, ShellApi } from '../../../shared/api/shellApi'
import { fail, ok } from '../../../shared/errors'

function menuCommandForKey(event: KeyboardEvent): MenuCommand | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return null

  const key = event.key.toLowerCase()
  if (key === 's') return 'save'
  if (key === 'f') return 'find'

  return null
}

/**
 * Builds the shell functions for browser mode, where there is no native dialog, menu or file manager.
 * Links open in a new tab, unsaved changes arm the browser's leave-page prompt, Ctrl/Cmd+S and
 * Ctrl/Cmd+F stand in for the Save and Find menu items, and the rest fail with `not-implemented`
 * and a message saying what to do instead.
 */
export function createBrowserShell(target: Window): ShellApi {
  const warnBeforeUnload = (event: BeforeUnloadEvent) => {
    event.preventDefault()
  }

  return {
    async openExternal(url) {
      const safeUrl = toExternalUrl(url)
      if (safeUrl === null) {
        return fail(
          'invalid-argument',
          `Link ${JSON.stringify(url)} was not opened: only http, https and mailto links open outside CodeDesk.`,
        )
      }

      target.open(safeUrl, '_blank', 'noopener,noreferrer')
      return ok(null)
    },

    setUnsavedChanges(dirty) {
      target.removeEventListener('beforeunload', warnBeforeUnload)
      if (dirty) target.addEventListener('beforeunload', warnBeforeUnload)
    },

    async openFolder() {
      return fail(
        'not-implemented',
        'Browser mode serves one content folder. To open another, stop the server and run `npm run serve -- --content DIR`.',
      )
    },

    async showInFolder(path) {
      return fail(
        'not-implemented',
        `Browser mode cannot open the file manager. The path is ${path}.`,
      )
    },

    async choosePath(request) {
      return fail(
        'not-implemented',
        `Browser mode has no ${request.kind} picker. Type the path of the ${request.kind} instead.`,
      )
    },

    onMenuCommand(listener) {
      const onKeyDown = (event: KeyboardEvent) => {
        const command = menuCommandForKey(event)
        if (command === null) return

        event.preventDefault()
        listener(command)
      }
      target.addEventListener('keydown', onKeyDown)

      return () => target.removeEventListener('keydown', onKeyDown)
    },
  }
}
