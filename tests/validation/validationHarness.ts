import type { Entry } from '../../src/shared/model/entry'
import { emptyDoc } from '../../src/shared/model/richText'
import { summarizeEntry } from '../../src/shared/model/summarizeEntry'
import type { Taxonomy } from '../../src/shared/model/taxonomy'
import { type Workspace, workspaceSchema } from '../../src/shared/model/workspace'
import type { FolderIndex, ValidationContext } from '../../src/shared/validation/engine'
import type { Problem } from '../../src/shared/validation/problem'
import { validateEntry } from '../../src/shared/validation/validateEntry'
import { buildFolderIndex } from '../../src/storage/validation/buildFolderIndex'

/** Returns a taxonomy that covers the entries `makeEntry` builds for M and G codes and CPT code 99213. */
export function testTaxonomy(): Taxonomy {
  return {
    categories: [
      {
        id: 'hcpcs-m',
        label: 'M Codes',
        codeSystem: 'hcpcs-level-2',
        match: { prefix: 'M' },
        billing: emptyDoc(),
        documentation: emptyDoc(),
      },
      {
        id: 'hcpcs-g',
        label: 'G Codes',
        codeSystem: 'hcpcs-level-2',
        match: { prefix: 'G' },
        billing: emptyDoc(),
        documentation: emptyDoc(),
      },
      {
        id: 'cpt-em',
        label: 'Evaluation and Management',
        codeSystem: 'cpt-category-1',
        match: { from: '99202', to: '99499' },
        billing: emptyDoc(),
        documentation: emptyDoc(),
      },
    ],
    specialties: [
      { id: 'telehealth', label: 'Telehealth' },
      { id: 'primary-care', label: 'Primary Care' },
    ],
    glossary: [
      { term: 'telehealth', plain: 'a visit by video or phone' },
      { term: 'hypertension', plain: 'high blood pressure' },
    ],
  }
}

export interface ContextOptions {
  /** Other entries of the folder; the index is built from their summaries. */
  others?: Entry[]
  workspace?: Partial<Omit<Workspace, 'validation'>> & {
    validation?: Partial<Workspace['validation']>
  }
  taxonomy?: Taxonomy
  feeScheduleCodes?: string[] | null
  feeScheduleRelease?: string | null
}

/** Builds a validation context as FolderValidator would for a folder of `others` and `entry`. */
export function makeContext(entry: Entry | null, options: ContextOptions = {}): ValidationContext {
  const entries = [...(options.others ?? []), ...(entry === null ? [] : [entry])]
  const folder: FolderIndex = buildFolderIndex(
    entries.map((entry) => summarizeEntry(entry)),
    options.feeScheduleCodes === undefined || options.feeScheduleCodes === null
      ? null
      : new Set(options.feeScheduleCodes),
    options.feeScheduleRelease ?? null,
  )
  const workspace = workspaceSchema.parse({
    ...options.workspace,
    validation: options.workspace?.validation ?? {},
  })

  return { taxonomy: options.taxonomy ?? testTaxonomy(), workspace, folder }
}

/** Validates `entry` and returns the problems of one rule. */
export function problemsOf(ruleId: string, entry: Entry, options: ContextOptions = {}): Problem[] {
  return validateEntry(entry, makeContext(entry, options)).filter(
    (problem) => problem.ruleId === ruleId,
  )
}

/** Returns the messages of one rule's problems, the form most assertions compare. */
export function messagesOf(ruleId: string, entry: Entry, options: ContextOptions = {}): string[] {
  return problemsOf(ruleId, entry, options).map((problem) => problem.message)
}
