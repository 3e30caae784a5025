import { join } from 'node:path'

import { app, dialog, session } from 'electron'

import { exportWorkers } from '../storage/export/exportWorkers'
import { createLogger } from '../storage/logger'
import { ProfileStore } from '../storage/profile/ProfileStore'
import { validationWorkers } from '../storage/validation/validateInWorkers'
import { AppController } from './AppController'
import { applySessionPolicy } from './applySessionPolicy'
import { APP_ENTRY_URL, handleAppProtocol, registerAppScheme } from './appProtocol'
import { FolderSession } from './FolderSession'
import { isTrustedSender } from './isTrustedSender'
import { readContentArgument } from './readContentArgument'
import { RecentFolders } from './RecentFolders'
import { registerIpcHandlers } from './registerIpcHandlers'

const log = createLogger('main')

// out/main/index.js sits beside out/preload and out/renderer in the build.
const OUT_DIR = join(import.meta.dirname, '..')
const PRELOAD_PATH = join(OUT_DIR, 'preload', 'index.cjs')
const RENDERER_DIR = join(OUT_DIR, 'renderer')
// The build's worker entries, beside this file (electron.vite.config.ts).
const VALIDATION_WORKER_PATH = join(import.meta.dirname, 'validationWorker.js')
const EXPORT_WORKER_PATH = join(import.meta.dirname, 'exportWorker.js')

// `npm run dev` serves the renderer from Vite's dev server and passes its address here.
const DEV_SERVER_URL = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL
const RENDERER_URL = DEV_SERVER_URL ?? APP_ENTRY_URL

async function startApp(): Promise<void> {
  await app.whenReady()

  handleAppProtocol(RENDERER_DIR)
  applySessionPolicy(session.defaultSession, log.child('session'))

  const userData = app.getPath('userData')
  const folderSession = new FolderSession(new ProfileStore(join(userData, 'profile.json')), log, {
    validation: validationWorkers(VALIDATION_WORKER_PATH),
    export: exportWorkers(EXPORT_WORKER_PATH),
  })
  const controller = new AppController({
    session: folderSession,
    recent: new RecentFolders(join(userData, 'recent-folders.json')),
    log,
    preloadPath: PRELOAD_PATH,
    rendererUrl: RENDERER_URL,
    developerTools: !app.isPackaged,
  })

  registerIpcHandlers({
    api: folderSession.api,
    shell: controller,
    isTrustedSender: (event) => isTrustedSender(event, controller.window, RENDERER_URL),
    log: log.child('ipc'),
  })
  app.on('second-instance', () => controller.focusWindow())

  // The bundled sample workspace, unless the command line names another folder.
  const contentDir = readContentArgument(process.argv) ?? join(app.getAppPath(), 'content')
  const opened = await controller.openFolderAt(contentDir)
  await controller.refreshMenu()
  controller.createWindow()
  if (!opened.ok) {
    dialog.showErrorBox(
      'Could not open the content folder',
      `${opened.error.message}\n\nUse File > Open Folder… to choose one.`,
    )
  }

  // The app has one window, so closing it quits on every platform; that also releases the lock.
  app.on('window-all-closed', () => app.quit())

  let released = false
  app.on('will-quit', (event) => {
    if (released) return

    event.preventDefault()
    folderSession
      .close()
      .catch((error: unknown) =>
        log.error('releasing the folder lock failed', { error: String(error) }),
      )
      .finally(() => {
        released = true
        app.quit()
      })
  })
}

registerAppScheme()
app.enableSandbox()

// A second launch hands over to the first, whose window comes to the front.
if (app.requestSingleInstanceLock()) {
  startApp().catch((error: unknown) => {
    log.error('startup failed', { error: String(error) })
    app.exit(1)
  })
} else {
  app.quit()
}
