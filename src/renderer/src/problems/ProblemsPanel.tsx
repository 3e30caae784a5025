import './problems.css'

import { useEffect, useState } from 'react'

import type { Problem } from '../../../shared/validation/problem'
import { useNavigation } from '../app/NavigationContext'
import { useEntryProblems } from '../editor/EntryProblemsContext'
import { focusProblemField } from './focusField'
import { FolderProblems } from './FolderProblems'
import { setPendingFocus, takePendingFocus } from './pendingFocus'
import { ProblemList } from './ProblemList'
import { bySeverity, describeProblemCounts } from './problemText'

type Tab = 'entry' | 'folder'

interface ProblemsPanelProps {
  /** The open entry's code. */
  code: string
  /** Message of the last failed check of the unsaved text, or null. */
  checkError: string | null
}

/**
 * Shows the problems of the open entry and, on request, of the whole folder. Clicking a problem
 * focuses its field, and opens its entry first when it belongs to another one.
 */
export function ProblemsPanel({ code, checkError }: ProblemsPanelProps) {
  const problems = bySeverity(useEntryProblems())
  const { openEntry } = useNavigation()
  const [tab, setTab] = useState<Tab>('entry')
  const [open, setOpen] = useState(true)
  const errors = problems.filter((problem) => problem.severity === 'error').length

  // A problem clicked in the folder list of another entry is focused once this entry has opened.
  useEffect(() => {
    const field = takePendingFocus(code)
    if (field !== null) requestAnimationFrame(() => focusProblemField(field))
  }, [code])

  const select = (problem: Problem) => {
    if (problem.code === code) {
      focusProblemField(problem.field)
      return
    }
    setPendingFocus(problem.code, problem.field)
    openEntry(problem.code)
  }

  return (
    <section className={`problems-panel${open ? '' : ' collapsed'}`} aria-label="Problems">
      <div className="problems-tabs" role="tablist">
        <button
          type="button"
          role="tab"
          aria-selected={tab === 'entry'}
          onClick={() => {
            setTab('entry')
            setOpen(true)
          }}
        >
          This entry{' '}
          <span className={errors > 0 ? 'problem-count has-errors' : 'problem-count'}>
            {describeProblemCounts(problems)}
          </span>
        </button>
        <button
          type="button"
          role="tab"
          aria-selected={tab === 'folder'}
          onClick={() => {
            setTab('folder')
            setOpen(true)
          }}
        >
          Whole folder
        </button>
        <button
          type="button"
          className="problems-toggle"
          aria-expanded={open}
          onClick={() => setOpen((current) => !current)}
        >
          {open ? 'Hide' : 'Show'}
        </button>
      </div>
      {open && (
        <div className="problems-body" role="tabpanel">
          {checkError !== null && (
            <p className="banner banner-warning" role="status">
              The latest edits could not be checked: {checkError}
            </p>
          )}
          {tab === 'entry' &&
            (problems.length === 0 ? (
              <p className="muted problems-empty">No problems in {code}.</p>
            ) : (
              <ProblemList problems={problems} onSelect={select} />
            ))}
          {tab === 'folder' && <FolderProblems onSelect={select} />}
        </div>
      )}
    </section>
  )
}
