import { useState } from 'react'

import type { ExportSummary } from '../../../shared/api/types'
import { isDesktopApp, showInFolder } from '../api/client'

function OpenFolder({ path }: { path: string }) {
  const [error, setError] = useState<string | null>(null)

  if (!isDesktopApp) {
    return (
      <p>
        Bundle folder: <code className="bundle-path">{path}</code>
      </p>
    )
  }

  const open = async () => {
    const result = await showInFolder(path)
    setError(result.ok ? null : result.error.message)
  }

  return (
    <p>
      <button type="button" onClick={() => void open()}>
        Show folder
      </button>{' '}
      <code className="bundle-path">{path}</code>
      {error !== null && <span className="form-error"> {error}</span>}
    </p>
  )
}

/** Shows the outcome of an export: counts, the problems found, and where the bundle is. */
export function ExportSummaryView({ summary }: { summary: ExportSummary }) {
  const errors = summary.problems.filter((problem) => problem.severity === 'error')
  const warnings = summary.problems.filter((problem) => problem.severity !== 'error')

  return (
    <section className="publish-result" aria-label="Export summary">
      {summary.blocked ? (
        <p className="banner banner-error" role="alert">
          Export blocked by {errors.length} errors. Nothing was written; fix the entries below and
          export again.
        </p>
      ) : (
        <p className="banner banner-ok" role="status">
          Exported {summary.exported} entries as version {summary.version}. {summary.skipped}{' '}
          entries were not approved or were skipped.
        </p>
      )}
      {!summary.blocked && <OpenFolder path={summary.outDir} />}
      {summary.problems.length > 0 && (
        <>
          <h3>
            Problems ({errors.length} errors, {warnings.length} warnings)
          </h3>
          <ul className="publish-problems">
            {summary.problems.map((problem, index) => (
              <li
                key={`${problem.code}-${problem.ruleId}-${index}`}
                className={`severity-${problem.severity}`}
              >
                <strong>{problem.code === '' ? 'Bundle' : problem.code}</strong> {problem.message}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
