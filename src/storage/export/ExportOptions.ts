import type { ExportTarget } from '../../shared/export/bundleFormat'
import type { Logger } from '../logger'
import type { FolderValidator } from '../validation/FolderValidator'
import type { ExportWorkers } from './exportWorkers'

export type ExportPhase = 'reading' | 'writing' | 'publishing' | 'done'

/** Progress of a running export: `done` of `total` entries in the current phase. */
export interface ExportProgress {
  phase: ExportPhase
  done: number
  total: number
}

export interface ExportOptions {
  target: ExportTarget
  /** The bundle folder. An existing one is replaced only after the new bundle is complete. */
  outDir: string
  /** An earlier bundle to compare against for `changes.json`; it may be `outDir` itself. */
  previousDir?: string
  /** Marks exported entries published with the bundle's version (default true). */
  markPublished?: boolean
  /** The name recorded on entries marked published. */
  actor?: string
  /** Validates entries with the folder's cross-entry index; a new validator when left out. */
  validator?: FolderValidator
  now?: Date
  onProgress?: (progress: ExportProgress) => void
  /**
   * Worker threads that build code files and mark entries published. Left out, the TypeScript
   * source is used when it is there (tsx and vitest); null does everything on the calling thread.
   */
  workers?: ExportWorkers | null
  /** Smallest folder worth starting workers for; smaller ones export on the calling thread. */
  minEntriesForWorkers?: number
  /** The logger that reports a failure of the workers before the export goes on without them. */
  log?: Logger
}
