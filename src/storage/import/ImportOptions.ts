import type { ImportRowProblem } from '../../shared/api/types'

export type ImportPhase = 'reading' | 'planning' | 'writing' | 'done'

/** Progress of a running import: `done` of `total` items in the current phase. */
export interface ImportProgress {
  phase: ImportPhase
  done: number
  total: number
}

export interface ImportOptions {
  /** Lists what would change without writing anything. */
  dryRun?: boolean
  /** The name recorded on entries the import creates. */
  actor?: string
  now?: Date
  onProgress?: (progress: ImportProgress) => void
}

/** Rows parsed from an official file, with the rows that could not be read. */
export interface ParsedRows<T> {
  rows: T[]
  rowProblems: ImportRowProblem[]
}
