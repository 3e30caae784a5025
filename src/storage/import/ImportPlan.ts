import type { ImportPreview } from '../../shared/api/types'
import type { Entry } from '../../shared/model/entry'

/** One entry write an import will make: a change to an existing entry or a new entry. */
export type PlannedWrite =
  | { kind: 'update'; code: string; change: (entry: Entry) => Entry }
  | { kind: 'create'; code: string; title: string }

/** Everything an import will do, collected before anything is written. */
export interface ImportPlan {
  preview: ImportPreview
  writes: PlannedWrite[]
  /** Writes of files other than entries, such as fee-schedule.json, run after the entries. */
  afterWrites: Array<() => Promise<void>>
}
