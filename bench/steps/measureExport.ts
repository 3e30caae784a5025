import { join } from 'node:path'

import { openService } from './openService'
import type { Step } from './StepTypes'

/** Exporting the whole folder: exportBundle to a new, empty output folder on each run. */
export const measureExport: Step = async ({ folder: folderPath, scratchDir, runs }) => {
  const { folder, service } = await openService(folderPath, scratchDir)
  const samples: number[] = []
  const details: Record<string, number | string> = {}

  try {
    for (let run = 0; run < runs; run++) {
      const outDir = join(scratchDir, `export-${run}`)
      const start = performance.now()
      const result = await service.exportBundle({ target: 'json', outDir })
      const elapsed = performance.now() - start

      if (!result.ok && result.error.code === 'not-implemented')
        return { status: 'not-available', reason: result.error.message }
      if (!result.ok)
        throw new Error(`exportBundle failed: ${result.error.code}: ${result.error.message}`)

      samples.push(elapsed)
      details.exported = result.value.exported
      details.skipped = result.value.skipped
      details.blocked = String(result.value.blocked)
    }
  } finally {
    await folder.close()
  }

  return { status: 'ok', samples, details }
}
