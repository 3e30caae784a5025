import { useState } from 'react'

import type { FolderValidation } from '../../../shared/api/types'
import type { Problem } from '../../../shared/validation/problem'
import { WORKSPACE_PROBLEM_CODE } from '../../../shared/validation/validateWorkspace'
import { api } from '../api/client'
import { ProblemList } from './ProblemList'
import { bySeverity, countLabel } from './problemText'

type FolderState =
  | { kind: 'idle' }
  | { kind: 'checking' }
  | { kind: 'done'; result: FolderValidation }
  | { kind: 'failed'; message: string }

interface FolderProblemsProps {
  onSelect: (problem: Problem) => void
}

/** Lists the problems of every entry in the folder, fetched with api.validateFolder on a click. */
export function FolderProblems({ onSelect }: FolderProblemsProps) {
  const [state, setState] = useState<FolderState>({ kind: 'idle' })

  const check = async () => {
    setState({ kind: 'checking' })
    try {
      const result = await api.validateFolder({})
      setState(
        result.ok
          ? { kind: 'done', result: result.value }
          : { kind: 'failed', message: result.error.message },
      )
    } catch (error) {
      setState({ kind: 'failed', message: String(error) })
    }
  }

  const result = state.kind === 'done' ? state.result : null

  return (
    <div className="folder-problems">
      <div className="problems-toolbar">
        <button type="button" onClick={() => void check()} disabled={state.kind === 'checking'}>
          {result === null ? 'Check the whole folder' : 'Check again'}
        </button>
        {state.kind === 'checking' && <span className="muted">Checking every entry…</span>}
        {result !== null && (
          <span className="muted">
            {countLabel(result.counts.error + result.fileProblems.length, 'error')},{' '}
            {countLabel(result.counts.warning, 'warning')}, {countLabel(result.counts.info, 'note')}
          </span>
        )}
      </div>
      {state.kind === 'failed' && (
        <p className="banner banner-error" role="alert">
          The folder could not be checked: {state.message}
        </p>
      )}
      {result !== null && result.fileProblems.length > 0 && (
        <ul className="problem-list">
          {result.fileProblems.map((problem) => (
            <li key={problem.path} className="problem-item severity-error">
              <div className="problem-button">
                <span className="severity-label">Error</span>
                <span className="problem-field">{problem.path}</span>
                <span className="problem-message">{problem.reason}</span>
              </div>
            </li>
          ))}
        </ul>
      )}
      {result !== null && (
        <ProblemList
          problems={bySeverity(result.problems)}
          showCode
          isClickable={(problem) => problem.code !== WORKSPACE_PROBLEM_CODE}
          onSelect={onSelect}
        />
      )}
    </div>
  )
}
