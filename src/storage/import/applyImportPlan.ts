import type { ImportResult } from '../../shared/api/types'
import { CodeDeskError } from '../../shared/errors'
import { readEntrySync } from '../export/readEntrySync'
import { mapWithConcurrency } from '../files/mapWithConcurrency'
import type { ContentFolder } from '../folder/ContentFolder'
import { READ_CONCURRENCY } from '../folder/scanEntries'
import { historyOf } from '../history/HistoryStore'
import type { ImportOptions } from './ImportOptions'
import type { ImportPlan } from './ImportPlan'

/** Raises `read-only` when the folder was opened without its lock, before an import writes. */
export function assertImportWritable(folder: ContentFolder): void {
  if (folder.readOnlyReason !== null) {
    throw new CodeDeskError(
      'read-only',
      `Content folder ${folder.folder} is read-only, so nothing was imported: ${folder.readOnlyReason}`,
    )
  }
}

/**
 * Writes a planned import. Each entry write is atomic (ContentFolder.write) and runs under the
 * entry's lock, so a save of the same entry cannot interleave. An updated entry keeps its last
 * author in `meta.updatedBy` but gets a new `updatedAt`, so a save from an
 * editor that loaded the older text is rejected as a conflict instead of overwriting the data.
 */
export async function applyImportPlan(
  folder: ContentFolder,
  plan: ImportPlan,
  options: ImportOptions,
): Promise<ImportResult> {
  assertImportWritable(folder)

  const history = historyOf(folder)
  const actor = options.actor ?? 'codedesk import'
  const now = options.now ?? new Date()
  const total = plan.writes.length
  let applied = 0

  options.onProgress?.({ phase: 'writing', done: 0, total })
  // Entries are independent files, so they are written concurrently; a quarterly RVU import
  // updates every entry of the folder.
  await mapWithConcurrency(plan.writes, READ_CONCURRENCY, async (write) => {
    await history.withEntryLock(write.code, async () => {
      if (write.kind === 'create') {
        await folder.create(write.code, write.title, actor, now)
        return
      }

      // A blocking read, and the write checks only what the change replaced.
      const entry = readEntrySync(folder, write.code)
      await folder.write(write.change(entry), {
        actor: entry.meta.updatedBy,
        expectedUpdatedAt: entry.meta.updatedAt,
        now,
        current: entry,
      })
    })

    applied++
    if (applied % 100 === 0 || applied === total) {
      options.onProgress?.({ phase: 'writing', done: applied, total })
    }
  })
  for (const write of plan.afterWrites) await write()
  options.onProgress?.({ phase: 'done', done: applied, total })

  return { ...plan.preview, applied }
}
