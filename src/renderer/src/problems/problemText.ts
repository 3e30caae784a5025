import type { Problem, Severity } from '../../../shared/validation/problem'

export const SEVERITY_LABELS: Record<Severity, string> = {
  error: 'Error',
  warning: 'Warning',
  info: 'Note',
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 }

/** Returns a problem's message without its leading `field: `, for places that show the field. */
export function messageWithoutField(problem: Problem): string {
  const prefix = `${problem.field}: `
  return problem.message.startsWith(prefix) ? problem.message.slice(prefix.length) : problem.message
}

/** Sorts problems errors first, keeping the rules' order within a severity. */
export function bySeverity(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity])
}

/** Returns whether a problem belongs to `field` or to a part of it (`rvu.release` to `rvu`). */
export function isProblemOfField(problem: Problem, field: string): boolean {
  return problem.field === field || problem.field.startsWith(`${field}.`)
}

/** Returns "1 error", "2 errors": a count with its noun in the right number. */
export function countLabel(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}

const SEVERITY_NOUNS: Record<Severity, string> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
}

/** Counts problems by severity in one phrase: "1 error, 2 warnings", or "no problems". */
export function describeProblemCounts(problems: readonly Problem[]): string {
  const parts = (['error', 'warning', 'info'] as const).flatMap((severity) => {
    const count = problems.filter((problem) => problem.severity === severity).length
    return count === 0 ? [] : [countLabel(count, SEVERITY_NOUNS[severity])]
  })

  return parts.length === 0 ? 'no problems' : parts.join(', ')
}
