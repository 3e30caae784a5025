import { writeFileSync } from 'node:fs'
import { join } from 'node:path'

import { CodeDeskError, type ErrorCode } from '../../shared/errors'
import type { ExportTarget } from '../../shared/export/bundleFormat'
import type { Problem } from '../../shared/validation/problem'
import type { ContentFolder } from '../folder/ContentFolder'
import type { FileStamp } from '../folder/summaryCache'
import {
  buildExportedCode,
  type ExportedCode,
  type ExportSource,
  renderCodeFile,
} from './buildExportedCode'
import type { ExportWorkerPool } from './exportWorkers'
import { FileWriteQueue } from './FileWriteQueue'
import { yieldToEventLoop } from './yieldToEventLoop'

// Maximum number of code files being written at once on the main thread: enough to keep the
// thread pool busy while the next entries are built. Each write holds only its text, a few
// kilobytes.
const CODE_FILE_WRITES = 16

// Codes per batch sent to an export worker: small enough to spread the work evenly over the
// threads and to report progress often, large enough that messages cost little.
const BUILD_BATCH = 100

/** One code for an export worker to build, with the open folder's stamp of its entry file. */
export interface CodeBuildJob {
  code: string
  path: string
  stamp: FileStamp | null
  /** Whether validation found the file with this stamp without errors (`ExportSource.wasValidated`). */
  validated: boolean
}

/** The outcome of building one code, as an export worker reports it. */
export type CodeBuildOutcome =
  | { code: string; kind: 'exported'; exported: ExportedCode }
  | { code: string; kind: 'blocked' | 'skipped'; problems: Problem[] }
  | { code: string; kind: 'not-approved' }
  | { code: string; kind: 'failed'; errorCode: ErrorCode | null; message: string }

/** The codes written into the staging folder, and the problems found on the way. */
export interface BuiltCodeFiles {
  exported: ExportedCode[]
  problems: Problem[]
  /** Entries with an approved revision that were not exported, and entries never approved. */
  skipped: number
}

/**
 * Builds one code and writes its file into `staging` with a blocking write, as an export worker
 * does. An error that building raises comes back as `failed`, for the main thread to raise.
 */
export function buildCodeFileSync(
  source: ExportSource,
  code: string,
  staging: string,
  target: ExportTarget,
): CodeBuildOutcome {
  try {
    const result = buildExportedCode(source, code)
    if (result.kind === 'not-approved') return { code, kind: 'not-approved' }
    if (result.kind !== 'exported') return { code, kind: result.kind, problems: result.problems }

    const { file, text, exported } = renderCodeFile(target, code, result.built)
    writeFileSync(join(staging, file), text)
    return { code, kind: 'exported', exported }
  } catch (error) {
    if (error instanceof CodeDeskError) {
      return { code, kind: 'failed', errorCode: error.code, message: error.message }
    }
    return { code, kind: 'failed', errorCode: null, message: String(error) }
  }
}

/** The options of `buildCodeFiles`. */
export interface BuildCodeFilesOptions {
  /** Reads entries and histories on this thread, for folders too small for workers or after a failure. */
  source: ExportSource
  staging: string
  target: ExportTarget
  pool: ExportWorkerPool | null
  onProgress: (done: number) => void
  /** Called when the workers fail and the rest is built on this thread. */
  onWorkerFailure?: (error: Error) => void
}

/**
 * Builds the code file of every code in `codes` into the staging folder's `codes/`: on the export
 * workers when `pool` is given, else on this thread. The result lists codes and problems in the
 * order of `codes` either way. An error that reading an entry raises is raised here.
 */
export async function buildCodeFiles(
  folder: ContentFolder,
  codes: readonly string[],
  options: BuildCodeFilesOptions,
): Promise<BuiltCodeFiles> {
  const outcomes = new Map<string, CodeBuildOutcome>()

  if (options.pool !== null) {
    const batches: CodeBuildJob[][] = []
    for (let start = 0; start < codes.length; start += BUILD_BATCH) {
      batches.push(
        codes.slice(start, start + BUILD_BATCH).map((code) => ({
          code,
          path: folder.entryPath(code),
          stamp: folder.stampOf(code),
          validated: options.source.wasValidated?.(code) ?? false,
        })),
      )
    }
    try {
      await options.pool.build(batches, (outcome) => {
        outcomes.set(outcome.code, outcome)
        if (outcomes.size % 100 === 0) options.onProgress(outcomes.size)
      })
    } catch (error) {
      options.onWorkerFailure?.(error instanceof Error ? error : new Error(String(error)))
    }
  }

  const rest = codes.filter((code) => !outcomes.has(code))
  if (rest.length > 0) await buildOnThisThread(rest, outcomes, options)
  options.onProgress(codes.length)

  const built: BuiltCodeFiles = { exported: [], problems: [], skipped: 0 }
  for (const code of codes) {
    const outcome = outcomes.get(code)
    if (outcome === undefined) throw new Error(`export built no outcome for ${code}`)
    if (outcome.kind === 'failed') {
      if (outcome.errorCode === null) throw new Error(outcome.message)
      throw new CodeDeskError(outcome.errorCode, outcome.message)
    }
    if (outcome.kind === 'exported') built.exported.push(outcome.exported)
    else built.skipped++
    if (outcome.kind === 'blocked' || outcome.kind === 'skipped') {
      built.problems.push(...outcome.problems)
    }
  }

  return built
}

/**
 * Builds codes one at a time with blocking reads, so what an entry needs is garbage by the time
 * the next one starts, which keeps the collector's work small. Only code files are written in the
 * background.
 */
async function buildOnThisThread(
  codes: readonly string[],
  outcomes: Map<string, CodeBuildOutcome>,
  options: BuildCodeFilesOptions,
): Promise<void> {
  const files = new FileWriteQueue(CODE_FILE_WRITES)
  try {
    for (const code of codes) {
      const result = buildExportedCode(options.source, code)
      if (result.kind === 'exported') {
        const { file, text, exported } = renderCodeFile(options.target, code, result.built)
        await files.write(join(options.staging, file), text)
        outcomes.set(code, { code, kind: 'exported', exported })
      } else if (result.kind === 'not-approved') {
        outcomes.set(code, { code, kind: 'not-approved' })
      } else {
        outcomes.set(code, { code, kind: result.kind, problems: result.problems })
      }

      if (outcomes.size % 100 === 0) options.onProgress(outcomes.size)
      // Lets the app serve requests, such as progress polls, between two entries.
      await yieldToEventLoop()
    }
  } catch (error) {
    // Code files still being written would land in the folder as the caller removes it.
    await files.flush().catch(() => undefined)
    throw error
  }
  await files.flush()
}
