import { API_METHODS, type ApiMethod, type ContentApi } from '../shared/api/contract'
import type { FolderInfo } from '../shared/api/types'
import { fail, type Result } from '../shared/errors'
import type { ExportWorkers } from '../storage/export/exportWorkers'
import { ContentFolder } from '../storage/folder/ContentFolder'
import type { Logger } from '../storage/logger'
import type { ProfileStore } from '../storage/profile/ProfileStore'
import { createContentService } from '../storage/service/createContentService'
import type { ValidationWorkers } from '../storage/validation/validateInWorkers'

type ApiCall = (request: unknown) => Promise<Result<unknown>>

/**
 * The content folder the app has open, and the ContentApi over it. `api` always refers to the
 * current folder, so IPC handlers registered once keep working after Open Folder switches it.
 */
/** The worker threads of an open folder's service: whole-folder validation and export. */
export interface SessionWorkers {
  validation: ValidationWorkers | null
  export: ExportWorkers | null
}

export class FolderSession {
  readonly api: ContentApi
  #folder: ContentFolder | null = null
  #service: ContentApi | null = null
  readonly #profiles: ProfileStore
  readonly #log: Logger
  readonly #workers: SessionWorkers

  /**
   * `workers` run the built worker scripts; null does that work on the main process's thread, as
   * the tests of the shell do.
   */
  constructor(profiles: ProfileStore, log: Logger, workers: SessionWorkers) {
    this.#profiles = profiles
    this.#log = log
    this.#workers = workers

    const api: Partial<Record<ApiMethod, ApiCall>> = {}
    for (const method of API_METHODS) {
      api[method] = (request) => this.#call(method, request)
    }
    this.api = api as ContentApi
  }

  get folder(): ContentFolder | null {
    return this.#folder
  }

  /**
   * Opens `path` and makes it the current folder, closing the previous one only once the new one
   * is open. Another writer's lock opens the folder read-only, with the reason in
   * `FolderInfo.readOnlyReason`. Raises the folder's `not-found` or `invalid-file` error.
   */
  async open(path: string): Promise<FolderInfo> {
    const folder = await ContentFolder.open(path, { app: 'codedesk app', fallbackToReadOnly: true })
    const previous = this.#folder

    this.#folder = folder
    this.#service = createContentService(folder, {
      profiles: this.#profiles,
      log: this.#log.child('service'),
      validationWorkers: this.#workers.validation,
      exportWorkers: this.#workers.export,
    })
    await previous?.close()
    this.#log.info('content folder opened', {
      folder: folder.folder,
      readOnly: folder.readOnlyReason !== null,
    })

    return folder.info()
  }

  /** Releases the current folder's lock. */
  async close(): Promise<void> {
    const folder = this.#folder
    this.#folder = null
    this.#service = null
    await folder?.close()
  }

  async #call(method: ApiMethod, request: unknown): Promise<Result<unknown>> {
    if (this.#service === null) {
      return fail('not-found', 'No content folder is open. Choose one with File > Open Folder….')
    }

    return (this.#service[method] as ApiCall)(request)
  }
}
