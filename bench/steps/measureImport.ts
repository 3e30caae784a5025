import { cp, rm } from 'node:fs/promises'
import { join } from 'node:path'

import { openService } from './openService'
import type { Step } from './StepTypes'

/**
 * Measures importing the full PPRRVU file: applyImport of kind `rvu`. Each run imports into a fresh copy of
 * the folder, so every run has the same changes to write; copying is not timed.
 */
export const measureImport: Step = async ({ folder: folderPath, scratchDir, runs, pprrvuPath }) => {
  if (pprrvuPath === null)
    return { status: 'not-available', reason: 'the PPRRVU file is not in the shared data folder' }

  const samples: number[] = []
  const details: Record<string, number | string> = {}

  for (let run = 0; run < runs; run++) {
    const copy = join(scratchDir, `import-${run}`)
    await cp(folderPath, copy, { recursive: true })
    const { folder, service } = await openService(copy, scratchDir)

    try {
      const start = performance.now()
      const result = await service.applyImport({ kind: 'rvu', path: pprrvuPath })
      const elapsed = performance.now() - start

      if (!result.ok && result.error.code === 'not-implemented')
        return { status: 'not-available', reason: result.error.message }
      if (!result.ok)
        throw new Error(`applyImport failed: ${result.error.code}: ${result.error.message}`)

      samples.push(elapsed)
      details.applied = result.value.applied
      details.changes = result.value.changes.length
      details.rowProblems = result.value.rowProblems.length
    } finally {
      // The import re-validates the entries it wrote in the background; closing under it would
      // log a warning for every entry it can no longer read.
      await service.context.validator.whenIdle()
      await folder.close()
      await rm(copy, { recursive: true, force: true })
    }
  }

  return { status: 'ok', samples, details }
}
