import { userInfo } from 'node:os'

import type { ApiMethod, ContentApi } from '../../shared/api/contract'
import { type Result, toFailure } from '../../shared/errors'
import type { ExportWorkers } from '../export/exportWorkers'
import type { ContentFolder } from '../folder/ContentFolder'
import { createLogger, type Logger } from '../logger'
import { ProfileStore } from '../profile/ProfileStore'
import { FolderSearch } from '../search/FolderSearch'
import { FolderValidator } from '../validation/FolderValidator'
import type { ValidationWorkers } from '../validation/validateInWorkers'
import { createEntryMethods } from './entryMethods'
import { createPublishingMethods } from './publishingMethods'
import type { ServiceContext } from './ServiceContext'
import { createWorkflowMethods } from './workflowMethods'

export interface ServiceOptions {
  profiles?: ProfileStore
  log?: Logger
  /** Worker threads for whole-folder validation; see `FolderValidatorOptions.workers`. */
  validationWorkers?: ValidationWorkers | null
  /** Worker threads for export; see `ExportOptions.workers`. */
  exportWorkers?: ExportWorkers | null
}

function osUserName(): string {
  try {
    return userInfo().username
  } catch {
    return 'unknown user'
  }
}

/** Wraps every method so a thrown error comes back as a failed result and is logged. */
function guard(api: ContentApi, log: Logger): ContentApi {
  const guarded: Partial<Record<ApiMethod, unknown>> = {}

  for (const [method, call] of Object.entries(api) as Array<
    [ApiMethod, (request: unknown) => Promise<Result<unknown>>]
  >) {
    guarded[method] = async (request: unknown) => {
      try {
        return await call(request)
      } catch (error) {
        const failure = toFailure(error)
        if (!failure.ok && failure.error.code === 'internal')
          log.error(`${method} failed`, { error: String(error) })
        return failure
      }
    }
  }

  return guarded as ContentApi
}

/** Builds the ContentApi over an open content folder; both transports bind this object. */
export function createContentService(
  folder: ContentFolder,
  options: ServiceOptions = {},
): ContentApi & { context: ServiceContext } {
  const log = options.log ?? createLogger('service')
  const profiles = options.profiles ?? new ProfileStore()
  const context: ServiceContext = {
    folder,
    profiles,
    validator: new FolderValidator(folder, {
      log: log.child('validation'),
      ...(options.validationWorkers === undefined ? {} : { workers: options.validationWorkers }),
    }),
    search: new FolderSearch(folder),
    ...(options.exportWorkers === undefined ? {} : { exportWorkers: options.exportWorkers }),
    log,
    actor: async () => (await profiles.get())?.name ?? osUserName(),
  }

  const api: ContentApi = {
    ...createEntryMethods(context),
    ...createWorkflowMethods(context),
    ...createPublishingMethods(context),
  }

  // The list's problem counts fill in as this runs; listEntries shows zeros until then, and
  // getValidationStatus reports it as pending.
  context.validator.start()

  return Object.assign(guard(api, log), { context })
}
