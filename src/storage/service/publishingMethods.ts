import { isAbsolute } from 'node:path'

import type { ContentApi } from '../../shared/api/contract'
import type { ImportResult, TaskProgress } from '../../shared/api/types'
import { CodeDeskError, ok } from '../../shared/errors'
import { exportBundle } from '../export/exportBundle'
import { importBundle } from '../import/bundle/importBundle'
import { importHcpcsFile } from '../import/hcpcs/importHcpcsFile'
import type { ImportOptions } from '../import/ImportOptions'
import { importRvuFile } from '../import/rvu/importRvuFile'
import type { ServiceContext } from './ServiceContext'

type PublishingMethods = Pick<
  ContentApi,
  'exportBundle' | 'previewImport' | 'applyImport' | 'getTaskProgress'
>

type ImportKind = 'rvu' | 'hcpcs' | 'bundle'

/**
 * Raises `invalid-argument` for a path that is not absolute on this system. A relative path would
 * resolve against the working folder of the app or server, which the person typing it cannot see.
 */
function assertFullPath(field: string, value: string | undefined): void {
  if (value === undefined || isAbsolute(value)) return

  throw new CodeDeskError(
    'invalid-argument',
    `${field} '${value}' is not a full path on this computer. Type the whole path, starting with / (on Windows, with a drive letter such as C:\\).`,
  )
}

function runImport(
  context: ServiceContext,
  request: {
    kind: ImportKind
    path: string
    release?: string | undefined
    removeUnlisted?: boolean | undefined
  },
  options: ImportOptions,
): Promise<ImportResult> {
  if (request.kind === 'rvu') {
    return importRvuFile(context.folder, request.path, {
      ...options,
      release: request.release,
      removeUnlisted: request.removeUnlisted === true,
    })
  }
  if (request.kind === 'hcpcs') return importHcpcsFile(context.folder, request.path, options)

  return importBundle(context.folder, request.path, options)
}

/**
 * Exporting the site bundle and importing CMS files and bundles. One export and one import run at
 * a time; `getTaskProgress` returns the running one's progress for the UI's progress bar.
 */
export function createPublishingMethods(context: ServiceContext): PublishingMethods {
  const running: Record<TaskProgress['task'], TaskProgress | null> = { export: null, import: null }

  async function track<T>(
    task: TaskProgress['task'],
    work: (report: (progress: Omit<TaskProgress, 'task'>) => void) => Promise<T>,
  ): Promise<T> {
    if (running[task] !== null) {
      throw new CodeDeskError(
        'conflict',
        `An ${task} is already running. Wait for it to finish, then try again.`,
      )
    }

    running[task] = { task, phase: 'reading', done: 0, total: 0 }
    try {
      return await work((progress) => {
        running[task] = { task, ...progress }
      })
    } finally {
      running[task] = null
    }
  }

  return {
    exportBundle: async ({ target, outDir, previousDir }) => {
      assertFullPath('outDir', outDir)
      assertFullPath('previousDir', previousDir)
      const summary = await track('export', async (report) =>
        exportBundle(context.folder, {
          target,
          outDir,
          previousDir,
          actor: await context.actor(),
          validator: context.validator,
          onProgress: report,
          log: context.log.child('export'),
          ...(context.exportWorkers === undefined ? {} : { workers: context.exportWorkers }),
        }),
      )
      context.log.info(summary.blocked ? 'export blocked' : 'export finished', {
        outDir: summary.outDir,
        version: summary.version,
        exported: summary.exported,
        problems: summary.problems.length,
      })

      return ok(summary)
    },

    previewImport: async (request) => {
      assertFullPath('path', request.path)
      return ok(
        await track('import', (report) =>
          runImport(context, request, { dryRun: true, onProgress: report }),
        ),
      )
    },

    applyImport: async (request) => {
      assertFullPath('path', request.path)
      const result = await track('import', async (report) =>
        runImport(context, request, { actor: await context.actor(), onProgress: report }),
      )
      if (request.kind === 'rvu') await context.validator.loadFeeSchedule()
      context.validator.revalidateAll()
      context.search.folderChanged()
      context.log.info('import applied', {
        kind: request.kind,
        source: result.source,
        applied: result.applied,
        rowProblems: result.rowProblems.length,
      })

      return ok(result)
    },

    getTaskProgress: async ({ task }) => ok(running[task]),
  }
}
