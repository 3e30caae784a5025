import { mkdir, rm, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'

import type { ExportSummary } from '../../shared/api/types'
import { buildBundleIndex } from '../../shared/export/buildBundleIndex'
import {
  BUNDLE_FORMAT,
  BUNDLE_FORMAT_VERSION,
  type BundleManifest,
  CHANGES_FILE,
  CODES_DIR,
  INDEX_FILE,
  MANIFEST_FILE,
} from '../../shared/export/bundleFormat'
import { compareBundles } from '../../shared/export/compareBundles'
import { compareCodePoints } from '../../shared/export/compareCodePoints'
import type { Problem } from '../../shared/validation/problem'
import { stringifyCanonical } from '../files/canonicalJson'
import type { ContentFolder } from '../folder/ContentFolder'
import { sameStamp } from '../folder/summaryCache'
import { createLogger } from '../logger'
import { FolderValidator } from '../validation/FolderValidator'
import { buildCodeFiles } from './buildCodeFiles'
import { folderExportSource, sha256 } from './buildExportedCode'
import type { ExportOptions } from './ExportOptions'
import { ExportWorkerPool, sourceExportWorkers } from './exportWorkers'
import { GENERATOR_VERSION } from './generatorVersion'
import { markPublished } from './markPublished'
import { readPreviousBundle } from './readPreviousBundle'
import {
  assertReplaceableDestination,
  createStagingDirectory,
  replaceDirectory,
} from './replaceDirectory'
import { listHistoryCodes } from './resolveApprovedRevision'

// Starting two workers took about 0.65 s under tsx, about what building 1,000 codes on the calling
// thread costs. A built worker starts faster, but smaller folders gain little either way.
const MIN_ENTRIES_FOR_WORKERS = 1000

/**
 * Derives the bundle version from the digests of its content files (everything but the manifest
 * and changes.json), so exporting the same content gives the same version.
 */
function bundleVersion(files: ReadonlyMap<string, string>): string {
  const lines = [...files.entries()]
    .filter(([path]) => path !== CHANGES_FILE)
    .sort(([a], [b]) => compareCodePoints(a, b))
    .map(([path, digest]) => `${path} ${digest}\n`)

  return sha256(lines.join('')).slice(0, 12)
}

function mixedReleaseProblem(releases: ReadonlyMap<string, string[]>): Problem {
  const listed = [...releases.entries()]
    .sort(([a], [b]) => compareCodePoints(a, b))
    .map(([release, codes]) => `${release} (${codes.length} codes, e.g. ${codes[0]})`)
    .join(', ')

  return {
    ruleId: 'export/rvu-release',
    code: '',
    field: 'rvu.release',
    message: `rvu.release: the exported entries mix CMS releases ${listed}, but a bundle states one release. Import the latest PPRRVU file so every entry has the same release.`,
    severity: 'error',
  }
}

/**
 * Exports the approved revision of every approved entry as a site bundle. Any validation error in
 * an exported entry blocks the export: the summary lists the problems and nothing is written. The
 * bundle is built in a staging folder beside `outDir` and moved into place only when complete.
 * Afterwards the exported entries are marked published with the bundle's version.
 */
export async function exportBundle(
  folder: ContentFolder,
  options: ExportOptions,
): Promise<ExportSummary> {
  const outDir = resolve(options.outDir)
  const report = options.onProgress ?? (() => undefined)
  await assertReplaceableDestination(outDir)
  const previous =
    options.previousDir === undefined
      ? null
      : await readPreviousBundle(options.previousDir, options.target)

  let validator = options.validator
  if (validator === undefined) {
    validator = new FolderValidator(folder)
    await validator.loadFeeSchedule()
  }
  const context = validator.context()
  // Results of the background validation count only once it has caught up with every change.
  const validatorIdle = validator.isIdle()
  const wasValidated = (code: string) => {
    const validated = validator.errorFreeStamp(code)
    const current = folder.stampOf(code)
    return validatorIdle && validated !== null && current !== null && sameStamp(validated, current)
  }
  const codes = folder.codes().sort(compareCodePoints)
  const historyCodes = await listHistoryCodes(folder.folder)
  const staging = await createStagingDirectory(outDir)
  const log = options.log ?? createLogger('export')
  const workers = options.workers === undefined ? sourceExportWorkers() : options.workers
  const pool =
    workers !== null && codes.length >= (options.minEntriesForWorkers ?? MIN_ENTRIES_FOR_WORKERS)
      ? new ExportWorkerPool(workers, {
          folder: folder.folder,
          staging,
          target: options.target,
          taxonomy: folder.taxonomy,
          workspace: folder.workspace,
          context,
          historyCodes: [...historyCodes],
        })
      : null
  const onWorkerFailure = (error: Error) =>
    log.warn('export workers failed; going on on the main thread', { error: error.message })

  try {
    await mkdir(join(staging, CODES_DIR))
    report({ phase: 'reading', done: 0, total: codes.length })
    const { exported, problems, skipped } = await buildCodeFiles(folder, codes, {
      source: folderExportSource(folder, context, historyCodes, wasValidated),
      staging,
      target: options.target,
      pool,
      onProgress: (done) => report({ phase: 'reading', done, total: codes.length }),
      onWorkerFailure,
    })

    const releases = new Map<string, string[]>()
    for (const { code, rvuRelease } of exported) {
      if (rvuRelease === null) continue
      const codesOfRelease = releases.get(rvuRelease)
      if (codesOfRelease === undefined) releases.set(rvuRelease, [code])
      else codesOfRelease.push(code)
    }
    if (releases.size > 1) problems.push(mixedReleaseProblem(releases))

    const blocked = problems.some((problem) => problem.severity === 'error')
    if (blocked) {
      await rm(staging, { recursive: true, force: true })
      return {
        outDir,
        target: options.target,
        version: '',
        exported: 0,
        skipped,
        problems,
        blocked,
      }
    }

    report({ phase: 'writing', done: 0, total: 1 })
    const files = new Map<string, string>()
    for (const { indexEntry, digest } of exported) files.set(indexEntry.file, digest)

    const indexText = stringifyCanonical(
      buildBundleIndex(
        exported.map(({ indexEntry }) => indexEntry),
        folder.taxonomy,
      ),
    )
    await writeFile(join(staging, INDEX_FILE), indexText)
    files.set(INDEX_FILE, sha256(indexText))

    if (previous !== null) {
      const next = new Map(exported.map(({ code, digest }) => [code, digest]))
      const changesText = stringifyCanonical(compareBundles(previous, next))
      await writeFile(join(staging, CHANGES_FILE), changesText)
      files.set(CHANGES_FILE, sha256(changesText))
    }

    const version = bundleVersion(files)
    const manifest: BundleManifest = {
      format: BUNDLE_FORMAT,
      formatVersion: BUNDLE_FORMAT_VERSION,
      target: options.target,
      generator: { name: 'codedesk', version: GENERATOR_VERSION },
      version,
      createdAt: (options.now ?? new Date()).toISOString(),
      rvuRelease: [...releases.keys()][0] ?? null,
      entryCount: exported.length,
      files: Object.fromEntries([...files.entries()].sort(([a], [b]) => compareCodePoints(a, b))),
    }
    await writeFile(join(staging, MANIFEST_FILE), stringifyCanonical(manifest))
    await replaceDirectory(staging, outDir)
    report({ phase: 'writing', done: 1, total: 1 })

    if (options.markPublished !== false) {
      const publishProblems = await markPublished(folder, exported, version, {
        actor: options.actor ?? 'codedesk export',
        now: options.now ?? new Date(),
        onProgress: (doneCount) =>
          report({ phase: 'publishing', done: doneCount, total: exported.length }),
        pool,
        onWorkerFailure,
      })
      problems.push(...publishProblems)
    }
    report({ phase: 'done', done: exported.length, total: exported.length })

    return {
      outDir,
      target: options.target,
      version,
      exported: exported.length,
      skipped,
      problems,
      blocked: false,
    }
  } catch (error) {
    await rm(staging, { recursive: true, force: true })
    throw error
  } finally {
    await pool?.close()
  }
}
