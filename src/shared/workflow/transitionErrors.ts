import { CodeDeskError } from '../errors'
import type { Entry, EntryStatus } from '../model/entry'
import type { Problem } from '../validation/problem'

const STATUS_PHRASES: Record<EntryStatus, string> = {
  draft: 'is a draft',
  'in-review': 'is in review',
  'changes-requested': 'is waiting for the changes a reviewer requested',
  approved: 'is approved',
  published: 'is published',
}

/** Raises `transition-rejected` for an action the entry's status does not allow. */
export function rejectTransition(entry: Entry, action: string, fix: string): never {
  const status = entry.workflow.status

  throw new CodeDeskError(
    'transition-rejected',
    `Entry ${entry.code} cannot be ${action}: it ${STATUS_PHRASES[status]} (revision ${entry.workflow.revision}). ${fix}`,
    { status },
  )
}

const LISTED_PROBLEMS = 3

/**
 * Raises `validation-failed` when the problems include errors, naming the first few. Warnings and
 * info never block a review action.
 */
export function assertNoErrors(entry: Entry, action: string, problems: readonly Problem[]): void {
  const errors = problems.filter((problem) => problem.severity === 'error')
  if (errors.length === 0) return

  const listed = errors.slice(0, LISTED_PROBLEMS).map((problem) => problem.message)
  const more = errors.length > listed.length ? ` And ${errors.length - listed.length} more.` : ''
  const noun = errors.length === 1 ? 'validation error' : 'validation errors'

  throw new CodeDeskError(
    'validation-failed',
    `Entry ${entry.code} cannot be ${action}: it has ${errors.length} ${noun}. Fix them first: ${listed.join(' ')}${more}`,
    errors,
  )
}

/** Compares two profile names the way people read them: ignoring case and surrounding spaces. */
export function isSamePerson(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase()
}
