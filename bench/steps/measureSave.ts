import { editEntry } from './editEntry'
import { openService, unwrap } from './openService'
import { pickSampleCodes } from './pickSampleCodes'
import type { Step } from './StepTypes'

const ENTRY_COUNT = 100

/** Measures saving one entry: saveEntry with a one-sentence edit of an entry just opened with getEntry. */
export const measureSave: Step = async ({ folder: folderPath, scratchDir, seed }) => {
  const { folder, service } = await openService(folderPath, scratchDir)
  const samples: number[] = []

  for (const code of pickSampleCodes(folder.codes(), ENTRY_COUNT, seed + 1)) {
    const { entry } = unwrap('getEntry', await service.getEntry({ code }))
    const edited = editEntry(entry, 'The note was checked again.')

    const start = performance.now()
    unwrap(
      'saveEntry',
      await service.saveEntry({ entry: edited, expectedUpdatedAt: entry.meta.updatedAt }),
    )
    samples.push(performance.now() - start)
  }

  await folder.close()

  return { status: 'ok', samples }
}
