import { openService, unwrap } from './openService'
import { pickSampleCodes } from './pickSampleCodes'
import type { Step } from './StepTypes'

const ENTRY_COUNT = 100

/** Measures opening one entry in the editor: getEntry, which reads, parses and validates it. */
export const measureGetEntry: Step = async ({ folder: folderPath, scratchDir, seed }) => {
  const { folder, service } = await openService(folderPath, scratchDir)
  const samples: number[] = []

  for (const code of pickSampleCodes(folder.codes(), ENTRY_COUNT, seed)) {
    const start = performance.now()
    unwrap('getEntry', await service.getEntry({ code }))
    samples.push(performance.now() - start)
  }

  await folder.close()

  return { status: 'ok', samples }
}
