import {
  measureCopyAllBaseline,
  measureReadAllBaseline,
  measureReadOneBaseline,
  measureWriteOneBaseline,
} from './measureBaselines'
import { measureExport } from './measureExport'
import { measureGetEntry } from './measureGetEntry'
import { measureImport } from './measureImport'
import { measureOpen, measureOpenUncached, measureOpenValidated } from './measureOpen'
import { measureSave } from './measureSave'
import { measureSearch } from './measureSearch'
import { measureValidateEntry } from './measureValidateEntry'
import { measureValidateFolder } from './measureValidateFolder'
import type { Step } from './StepTypes'

/** Every step the bench can run in a child process, by the id the runner passes on its argv. */
export const STEPS = {
  'baseline-read-all': measureReadAllBaseline,
  'baseline-read-one': measureReadOneBaseline,
  'baseline-write-one': measureWriteOneBaseline,
  'baseline-copy-all': measureCopyAllBaseline,
  'open-uncached': measureOpenUncached,
  open: measureOpen,
  'open-validated': measureOpenValidated,
  search: measureSearch,
  'get-entry': measureGetEntry,
  save: measureSave,
  'validate-entry': measureValidateEntry,
  'validate-folder': measureValidateFolder,
  export: measureExport,
  import: measureImport,
} satisfies Record<string, Step>

export type StepId = keyof typeof STEPS

export function isStepId(id: string): id is StepId {
  return Object.hasOwn(STEPS, id)
}
