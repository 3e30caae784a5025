import { useEntryProblems } from '../editor/EntryProblemsContext'
import { FieldComments } from '../review/FieldComments'
import { bySeverity, isProblemOfField, messageWithoutField, SEVERITY_LABELS } from './problemText'

/**
 * Shows the open entry's validation problems for one field beside it, as the writer types.
 * `field` is the problem path, the same as the field element's `data-field`; problems of parts of
 * the field (`rvu.release` for `rvu`) are shown too.
 */
export function FieldProblems({ field }: { field: string }) {
  const problems = bySeverity(
    useEntryProblems().filter((problem) => isProblemOfField(problem, field)),
  )
  // Review comments on the field are shown in the same place.
  const comments = <FieldComments field={field} />
  if (problems.length === 0) return comments

  return (
    <>
      {comments}
      <ul className="field-problems" aria-label={`Problems of ${field}`}>
        {problems.map((problem, index) => (
          <li
            key={`${problem.ruleId}-${index}`}
            className={`field-problem severity-${problem.severity}`}
            data-rule={problem.ruleId}
          >
            <span className="severity-label">{SEVERITY_LABELS[problem.severity]}</span>{' '}
            {messageWithoutField(problem)}
          </li>
        ))}
      </ul>
    </>
  )
}
