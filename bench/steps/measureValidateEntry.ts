import { editEntry } from './editEntry'
import { openService, unwrap } from './openService'
import { pickSampleCodes } from './pickSampleCodes'
import type { Step } from './StepTypes'

const ENTRY_COUNT = 200

/**
 * Measures one entry's re-validation as the editor requests it after a keystroke: validateEntry on an
 * edited copy of an open entry. The first call also builds the cross-entry index; it is reported
 * apart as `firstCallMs` and left out of the samples.
 */
export const measureValidateEntry: Step = async ({ folder: folderPath, scratchDir, seed }) => {
  const { folder, service } = await openService(folderPath, scratchDir)
  const codes = pickSampleCodes(folder.codes(), ENTRY_COUNT + 1, seed + 2)
  const entries = []
  for (const code of codes) entries.push(unwrap('getEntry', await service.getEntry({ code })).entry)

  // getEntry built the index; a save would drop it again, so start from a dropped one.
  service.context.validator.invalidate()

  const samples: number[] = []
  let firstCallMs = 0
  for (const [index, entry] of entries.entries()) {
    const edited = editEntry(entry, 'A word typed.')
    const start = performance.now()
    unwrap('validateEntry', await service.validateEntry({ entry: edited }))
    const elapsed = performance.now() - start

    if (index === 0) firstCallMs = elapsed
    else samples.push(elapsed)
  }

  await folder.close()

  return { status: 'ok', samples, details: { firstCallMs: Math.round(firstCallMs * 10) / 10 } }
}
