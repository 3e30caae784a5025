import type { ContentApi } from '../../../shared/api/contract'
import type { ShellApi } from '../../../shared/api/shellApi'
import { takeAccessTokenFromUrl } from './accessToken'
import { createBrowserShell } from './browserShell'
import { createHttpApi } from './httpApi'

export type { ChoosePathRequest, MenuCommand } from '../../../shared/api/shellApi'

const bridge = window.codedesk

// Browser mode: read the token once at startup, before anything else can see or copy the URL.
const accessToken =
  bridge === undefined ? takeAccessTokenFromUrl(window.location, window.history) : null

/**
 * The ContentApi for the renderer: the preload's IPC functions in the desktop app, browser mode's
 * HTTP API otherwise. Every method returns a `Result` and never throws for expected failures.
 */
export const api: ContentApi = bridge ?? createHttpApi(window.fetch.bind(window), accessToken)

const shell: ShellApi = bridge ?? createBrowserShell(window)

/** True in the Electron app, false in browser mode where dialogs and the file manager are missing. */
export const isDesktopApp: boolean = bridge !== undefined

/** Opens an http, https or mailto link outside the app. Other schemes fail with invalid-argument. */
export const openExternal = (url: string) => shell.openExternal(url)

/** Records whether there are unsaved changes, so that closing the window or tab needs a confirmation. */
export const setUnsavedChanges = (dirty: boolean) => shell.setUnsavedChanges(dirty)

/**
 * Shows the Open Folder dialog. On success the desktop app reloads the window on the new folder;
 * A `null` value means cancelled. Browser mode fails with `not-implemented`.
 */
export const openFolder = () => shell.openFolder()

/** Shows a file or folder in the OS file manager. Browser mode fails with `not-implemented`. */
export const showInFolder = (path: string) => shell.showInFolder(path)

/** Shows a native file or folder picker. Browser mode fails with `not-implemented`. */
export const choosePath: ShellApi['choosePath'] = (request) => shell.choosePath(request)

/**
 * Calls `listener` when the Save or Find menu item (or its shortcut) is used, and returns a function
 * that removes the listener. In browser mode Ctrl/Cmd+S and Ctrl/Cmd+F trigger it.
 */
export const onMenuCommand: ShellApi['onMenuCommand'] = (listener) => shell.onMenuCommand(listener)
