import type { Workspace } from '../model/workspace'
import type { Problem } from './problem'
import { RULE_IDS } from './rules'

/** The `code` of problems about workspace.json rather than an entry. */
export const WORKSPACE_PROBLEM_CODE = 'workspace'
export const UNKNOWN_RULE_ID = 'workspace/unknown-rule'

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index)

  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1)
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution)
    }
    previous = current
  }

  return previous[b.length] ?? 0
}

function closestRuleId(id: string): string | null {
  const extended = [...RULE_IDS].find((candidate) => candidate.startsWith(id))
  if (extended !== undefined) return extended

  let best: string | null = null
  let bestDistance = Infinity
  for (const candidate of RULE_IDS) {
    const distance = editDistance(id, candidate)
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }

  // A suggestion more than a third of the id away from it is a guess, not a typo fix.
  return bestDistance <= Math.max(2, Math.floor(id.length / 3)) ? best : null
}

/**
 * Reports every id in workspace.json's `rules` that names no rule, because such a setting silently
 * does nothing. Problems have the code `workspace` and the field `rules.<id>`, and follow the
 * setting of `workspace/unknown-rule` itself.
 */
export function validateWorkspace(workspace: Workspace): Problem[] {
  const setting = workspace.rules[UNKNOWN_RULE_ID]
  if (setting === 'off') return []

  const problems: Problem[] = []
  for (const id of Object.keys(workspace.rules)) {
    if (RULE_IDS.has(id) || id === UNKNOWN_RULE_ID) continue

    const closest = closestRuleId(id)
    const hint =
      closest === null
        ? 'Use a rule id listed in docs/validation.md, or remove the setting.'
        : `Did you mean '${closest}'? Fix the id or remove the setting.`
    problems.push({
      ruleId: UNKNOWN_RULE_ID,
      code: WORKSPACE_PROBLEM_CODE,
      field: `rules.${id}`,
      message: `rules.${id}: workspace.json sets '${id}', which is not a validation rule, so the setting has no effect. ${hint}`,
      severity: setting ?? 'warning',
    })
  }

  return problems
}
