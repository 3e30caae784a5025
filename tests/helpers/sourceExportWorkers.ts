import { type ExportWorkers, sourceExportWorkers } from '../../src/storage/export/exportWorkers'

/** Returns two export workers running the TypeScript source, which vitest runs through tsx. */
export function twoSourceExportWorkers(): ExportWorkers {
  const workers = sourceExportWorkers()
  if (workers === null) throw new Error('the worker source is missing beside exportWorkers.ts')
  return { ...workers, threads: 2 }
}
