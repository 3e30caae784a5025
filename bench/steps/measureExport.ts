import { join } from 'node:path'

import type { ExportSummary } from '../../src/shared/api/types'
import { exportBundle } from '../../src/storage/export/exportBundle'
import { openService } from './openService'
import type { Step } from './StepTypes'

/**
 * Measures exporting the whole folder as a JSON bundle into a new, empty output folder on each run: through
 * the service's exportBundle, or through the exportBundle function while the service does not
 * offer it yet. Export marks the exported entries published, so later runs also rewrite entries.
 */
export const measureExport: Step = async ({ folder: folderPath, scratchDir, runs }) => {
  const { folder, service } = await openService(folderPath, scratchDir)
  const samples: number[] = []
  const details: Record<string, number | string> = {}

  try {
    for (let run = 0; run < runs; run++) {
      const outDir = join(scratchDir, `export-${run}`)
      let summary: ExportSummary

      const start = performance.now()
      const result = await service.exportBundle({ target: 'json', outDir })
      if (result.ok) {
        summary = result.value
        details.through = 'service'
      } else if (result.error.code === 'not-implemented') {
        summary = await exportBundle(folder, {
          target: 'json',
          outDir,
          validator: service.context.validator,
          actor: 'Bench Writer',
        })
        details.through = 'exportBundle function'
      } else {
        throw new Error(`exportBundle failed: ${result.error.code}: ${result.error.message}`)
      }
      samples.push(performance.now() - start)

      if (summary.blocked) {
        const first = summary.problems[0]?.message ?? 'no problem listed'
        throw new Error(
          `export was blocked by ${summary.problems.length} problems, first: ${first}`,
        )
      }
      details.exported = summary.exported
      details.skipped = summary.skipped
    }
  } finally {
    await folder.close()
  }

  return { status: 'ok', samples, details }
}
