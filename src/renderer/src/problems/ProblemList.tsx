import type { Problem } from '../../../shared/validation/problem'
import { messageWithoutField, SEVERITY_LABELS } from './problemText'

interface ProblemListProps {
  problems: readonly Problem[]
  /** Shows each problem's entry code before its field, for lists across entries. */
  showCode?: boolean
  /** Called when a problem is clicked; problems are plain text when it returns false. */
  isClickable?: (problem: Problem) => boolean
  onSelect: (problem: Problem) => void
}

/** Lists problems as buttons. Clicking one calls `onSelect`, which moves the focus to its field. */
export function ProblemList({
  problems,
  showCode = false,
  isClickable = () => true,
  onSelect,
}: ProblemListProps) {
  return (
    <ul className={`problem-list${showCode ? ' with-code' : ''}`}>
      {problems.map((problem, index) => {
        const content = (
          <>
            <span className="severity-label">{SEVERITY_LABELS[problem.severity]}</span>
            {showCode && <span className="problem-code">{problem.code}</span>}
            <span className="problem-field">{problem.field}</span>
            <span className="problem-message">{messageWithoutField(problem)}</span>
            <span className="problem-rule">{problem.ruleId}</span>
          </>
        )

        return (
          <li
            key={`${problem.code}-${problem.ruleId}-${problem.field}-${index}`}
            className={`problem-item severity-${problem.severity}`}
          >
            {isClickable(problem) ? (
              <button
                type="button"
                className="problem-button"
                data-problem-field={problem.field}
                onClick={() => onSelect(problem)}
              >
                {content}
              </button>
            ) : (
              <div className="problem-button">{content}</div>
            )}
          </li>
        )
      })}
    </ul>
  )
}
