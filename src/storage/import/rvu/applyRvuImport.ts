import { join } from 'node:path'

import type { ImportChange, ImportResult } from '../../../shared/api/types'
import { FEE_SCHEDULE_FILE, type FeeSchedule } from '../../../shared/model/feeSchedule'
import type { RvuData } from '../../../shared/model/rvu'
import { readEntrySync } from '../../export/readEntrySync'
import { yieldToEventLoop } from '../../export/yieldToEventLoop'
import { openJsonDataFile } from '../../files/JsonDataFile'
import { mapWithConcurrency } from '../../files/mapWithConcurrency'
import type { ContentFolder } from '../../folder/ContentFolder'
import { READ_CONCURRENCY } from '../../folder/scanEntries'
import { historyOf } from '../../history/HistoryStore'
import { assertImportWritable } from '../applyImportPlan'
import type { ImportOptions } from '../ImportOptions'
import { rvuChange } from './planRvuEntry'
import { type RvuImportPreparation, rvuImportResult } from './prepareRvuImport'

/**
 * Applies an RVU import and reads each entry it may change once: under the entry's lock, the entry
 * is read, compared and written when its RVU data changes. Every file that changed on disk since
 * the folder loaded it is first checked against the schema. A file that cannot be loaded therefore
 * stops the import before anything is written.
 */
export async function applyRvuImport(
  folder: ContentFolder,
  prepared: RvuImportPreparation,
  options: ImportOptions,
): Promise<ImportResult> {
  assertImportWritable(folder)

  const { file, toCompare, feeSchedule } = prepared
  const report = options.onProgress ?? (() => undefined)
  report({ phase: 'planning', done: 0, total: toCompare.length })
  for (const [index, { code }] of toCompare.entries()) {
    // Raises `invalid-file` for a file that changed since the folder loaded it and is now broken.
    if (folder.hasChangedOnDisk(code)) readEntrySync(folder, code)
    if ((index + 1) % 2000 === 0) await yieldToEventLoop()
  }

  const history = historyOf(folder)
  const now = options.now ?? new Date()
  let applied = 0
  let compared = 0
  report({ phase: 'writing', done: 0, total: toCompare.length })
  const compareChanges = await mapWithConcurrency(toCompare, READ_CONCURRENCY, ({ code, next }) =>
    history.withEntryLock(code, async () => {
      const change = await writeIfChanged(folder, code, file.release, next, now)
      if (change.kind === 'update') applied++
      compared++
      if (compared % 100 === 0)
        report({ phase: 'writing', done: compared, total: toCompare.length })
      return change
    }),
  )
  await writeFeeSchedule(folder, feeSchedule)
  report({ phase: 'done', done: applied, total: applied })

  return rvuImportResult(prepared, compareChanges, applied)
}

async function writeIfChanged(
  folder: ContentFolder,
  code: string,
  release: string,
  next: RvuData | null,
  now: Date,
): Promise<ImportChange> {
  // A blocking read, and the write checks only the RVU data it replaces.
  const entry = readEntrySync(folder, code)
  const change = rvuChange(code, release, entry.rvu, next)
  if (change.kind !== 'update') return change

  await folder.write(
    { ...entry, rvu: next },
    {
      actor: entry.meta.updatedBy,
      expectedUpdatedAt: entry.meta.updatedAt,
      now,
      current: entry,
    },
  )

  return change
}

function writeFeeSchedule(folder: ContentFolder, feeSchedule: FeeSchedule): Promise<void> {
  return openJsonDataFile(join(folder.folder, FEE_SCHEDULE_FILE)).write(feeSchedule)
}
