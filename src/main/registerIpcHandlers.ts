import { ipcMain, type IpcMainEvent, type IpcMainInvokeEvent } from 'electron'
import { z } from 'zod'

import { API_METHODS, type ContentApi } from '../shared/api/contract'
import { dispatchApiCall } from '../shared/api/dispatch'
import { apiChannel, SHELL_CHANNELS, type ShellApi } from '../shared/api/shellApi'
import { fail, ok, type Result } from '../shared/errors'
import type { Logger } from '../storage/logger'
import { openExternalUrl } from './openExternalUrl'

/** The shell functions as the main process carries them out; the IPC layer validates their input. */
export type ShellHandlers = Pick<
  ShellApi,
  'openFolder' | 'showInFolder' | 'choosePath' | 'setUnsavedChanges'
>

export interface IpcContext {
  api: ContentApi
  shell: ShellHandlers
  /** Returns whether the message comes from our window's main frame showing our renderer. */
  isTrustedSender(event: IpcMainEvent | IpcMainInvokeEvent): boolean
  log: Logger
}

const urlSchema = z.string().min(1).max(2_048)
const pathSchema = z.string().min(1).max(4_096)
const choosePathSchema = z.strictObject({
  kind: z.enum(['file', 'folder']),
  title: z.string().max(200),
})

function invalid(channel: string, error: z.ZodError): Result<never> {
  const issues = error.issues.map(
    (issue) => `${issue.path.join('.') || '(argument)'}: ${issue.message}`,
  )
  return fail('invalid-argument', `Invalid argument to ${channel}: ${issues.join('; ')}.`)
}

/**
 * Registers one `ipcMain.handle` channel per ContentApi method and one per shell function. Each
 * handler checks the sender first. It then validates the argument, through dispatchApiCall for
 * API methods and a zod schema for the rest, and returns a Result, so nothing throws across IPC.
 */
export function registerIpcHandlers(context: IpcContext): void {
  const { api, shell, log } = context
  const forbidden = (channel: string) => {
    log.warn('IPC message from an untrusted sender rejected', { channel })
    return fail('forbidden', `${channel} is only available to the CodeDesk window.`)
  }

  for (const method of API_METHODS) {
    const channel = apiChannel(method)
    ipcMain.handle(channel, async (event, request: unknown) => {
      if (!context.isTrustedSender(event)) return forbidden(channel)

      const result = await dispatchApiCall(api, method, request)
      if (!result.ok && result.error.code === 'internal') {
        log.error('API call failed', { method, error: result.error.message })
      }
      return result
    })
  }

  ipcMain.handle(SHELL_CHANNELS.openExternal, async (event, url: unknown) => {
    if (!context.isTrustedSender(event)) return forbidden(SHELL_CHANNELS.openExternal)

    const parsed = urlSchema.safeParse(url)
    if (!parsed.success) return invalid(SHELL_CHANNELS.openExternal, parsed.error)
    if (!(await openExternalUrl(parsed.data, log))) {
      return fail(
        'invalid-argument',
        `Link ${JSON.stringify(parsed.data.slice(0, 200))} was not opened: only http, https and mailto links open outside CodeDesk.`,
      )
    }
    return ok(null)
  })

  ipcMain.handle(SHELL_CHANNELS.openFolder, async (event) => {
    if (!context.isTrustedSender(event)) return forbidden(SHELL_CHANNELS.openFolder)
    return shell.openFolder()
  })

  ipcMain.handle(SHELL_CHANNELS.showInFolder, async (event, path: unknown) => {
    if (!context.isTrustedSender(event)) return forbidden(SHELL_CHANNELS.showInFolder)

    const parsed = pathSchema.safeParse(path)
    if (!parsed.success) return invalid(SHELL_CHANNELS.showInFolder, parsed.error)
    return shell.showInFolder(parsed.data)
  })

  ipcMain.handle(SHELL_CHANNELS.choosePath, async (event, request: unknown) => {
    if (!context.isTrustedSender(event)) return forbidden(SHELL_CHANNELS.choosePath)

    const parsed = choosePathSchema.safeParse(request)
    if (!parsed.success) return invalid(SHELL_CHANNELS.choosePath, parsed.error)
    return shell.choosePath(parsed.data)
  })

  ipcMain.on(SHELL_CHANNELS.setUnsavedChanges, (event, dirty: unknown) => {
    if (!context.isTrustedSender(event)) {
      forbidden(SHELL_CHANNELS.setUnsavedChanges)
      return
    }
    if (typeof dirty !== 'boolean') {
      log.warn('setUnsavedChanges ignored: the argument is not a boolean', { type: typeof dirty })
      return
    }
    shell.setUnsavedChanges(dirty)
  })
}
