import type { Entry } from '../model/entry'
import type { Taxonomy } from '../model/taxonomy'
import type { RuleSetting, Workspace } from '../model/workspace'
import type { Problem, Severity } from './problem'

/** The folder as cross-entry rules see it, built from entry summaries. */
export interface FolderIndex {
  /** Every code with an entry in the folder. */
  codes: ReadonlySet<string>
  /** Normalized synonym → the codes that list it as a synonym. */
  synonymOwners: ReadonlyMap<string, ReadonlySet<string>>
  /** Normalized title → the codes with that title. */
  titleOwners: ReadonlyMap<string, ReadonlySet<string>>
  /** Release → codes whose RVU data came from it. */
  rvuReleases: ReadonlyMap<string, ReadonlySet<string>>
  /** Codes the last imported fee schedule lists, or null when none was imported. */
  feeScheduleCodes: ReadonlySet<string> | null
  /** CMS release of the last imported fee schedule (such as RVU26A), or null when unknown. */
  feeScheduleRelease: string | null
}

export interface ValidationContext {
  taxonomy: Taxonomy
  workspace: Workspace
  folder: FolderIndex
}

/**
 * Collects a rule's findings. The engine fills in the rule id and code, and the severity when the
 * rule passes none.
 */
export type Report = (field: string, message: string, severity?: Severity) => void

export interface Rule {
  id: string
  description: string
  defaultSeverity: Severity
  check(entry: Entry, context: ValidationContext, report: Report): void
}

function effectiveSeverity(setting: RuleSetting | undefined, reported: Severity): Severity | null {
  if (setting === 'off') return null
  return setting ?? reported
}

/** Runs each rule over one entry, applying the workspace's per-rule settings. */
export function runRules(
  rules: readonly Rule[],
  entry: Entry,
  context: ValidationContext,
): Problem[] {
  const problems: Problem[] = []

  for (const rule of rules) {
    const setting = context.workspace.rules[rule.id]
    if (setting === 'off') continue

    rule.check(entry, context, (field, message, severity = rule.defaultSeverity) => {
      const resolved = effectiveSeverity(setting, severity)
      if (resolved !== null)
        problems.push({ ruleId: rule.id, code: entry.code, field, message, severity: resolved })
    })
  }

  return problems
}

export function emptyFolderIndex(): FolderIndex {
  return {
    codes: new Set(),
    synonymOwners: new Map(),
    titleOwners: new Map(),
    rvuReleases: new Map(),
    feeScheduleCodes: null,
    feeScheduleRelease: null,
  }
}
