import type { FolderValidation } from '../../shared/api/types'
import type { Problem, Severity } from '../../shared/validation/problem'
import { SEVERITIES } from '../../shared/validation/problem'
import { WORKSPACE_PROBLEM_CODE } from '../../shared/validation/validateWorkspace'

/** The rule id under which the summary counts files that could not be loaded. */
export const UNREADABLE_FILE_RULE = 'file/unreadable'

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 || noun === 'info' ? '' : 's'}`
}

/**
 * Formats a folder validation for people: one line per problem naming the file, field, severity,
 * message and rule, then the totals by severity and the count of each rule by severity.
 * `fileOf` maps an entry code to the path of its file.
 */
export function formatValidationText(
  result: FolderValidation,
  fileOf: (problem: Problem) => string,
): string[] {
  const lines: string[] = []
  const byRuleAndSeverity = new Map<string, Record<Severity, number>>()
  const count = (ruleId: string, severity: Severity) => {
    const counts = byRuleAndSeverity.get(ruleId) ?? { error: 0, warning: 0, info: 0 }
    counts[severity]++
    byRuleAndSeverity.set(ruleId, counts)
  }

  for (const problem of result.fileProblems) {
    lines.push(`${problem.path}: error: ${problem.reason} [${UNREADABLE_FILE_RULE}]`)
    count(UNREADABLE_FILE_RULE, 'error')
  }
  for (const problem of result.problems) {
    // Messages start with the field, so the field is not printed twice.
    lines.push(`${fileOf(problem)}: ${problem.severity}: ${problem.message} [${problem.ruleId}]`)
    count(problem.ruleId, problem.severity)
  }

  const errors = result.counts.error + result.fileProblems.length
  if (lines.length > 0) lines.push('')
  lines.push(
    `${plural(errors, 'error')}, ${plural(result.counts.warning, 'warning')}, ${plural(result.counts.info, 'info')}`,
  )

  const ruleIds = [...byRuleAndSeverity.keys()].sort((a, b) => a.localeCompare(b))
  const width = Math.max(0, ...ruleIds.map((id) => id.length))
  for (const ruleId of ruleIds) {
    const counts = byRuleAndSeverity.get(ruleId) ?? { error: 0, warning: 0, info: 0 }
    const parts = SEVERITIES.filter((severity) => counts[severity] > 0).map((severity) =>
      plural(counts[severity], severity),
    )
    lines.push(`  ${ruleId.padEnd(width)}  ${parts.join(', ')}`)
  }

  return lines
}

/** Returns whether a problem is about workspace.json rather than an entry file. */
export function isWorkspaceProblem(problem: Problem): boolean {
  return problem.code === WORKSPACE_PROBLEM_CODE
}
