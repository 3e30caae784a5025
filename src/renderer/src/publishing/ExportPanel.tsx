import { useState } from 'react'

import type { ExportSummary } from '../../../shared/api/types'
import type { ExportTarget } from '../../../shared/export/bundleFormat'
import { api } from '../api/client'
import { callApi, errorMessage } from '../app/callApi'
import { useWorkspace } from '../app/WorkspaceContext'
import { ExportSummaryView } from './ExportSummaryView'
import { PathField } from './PathField'
import { TaskProgressBar } from './TaskProgressBar'
import { useTaskProgress } from './useTaskProgress'

/** Renders the export form (target, destination, optional earlier bundle), then the summary. */
export function ExportPanel() {
  const { info } = useWorkspace()
  const [target, setTarget] = useState<ExportTarget>(info.workspace.exportTarget)
  const [outDir, setOutDir] = useState('')
  const [previousDir, setPreviousDir] = useState('')
  const [running, setRunning] = useState(false)
  const [summary, setSummary] = useState<ExportSummary | null>(null)
  const [error, setError] = useState<string | null>(null)
  const progress = useTaskProgress('export', running)

  const runExport = async () => {
    setRunning(true)
    setSummary(null)
    setError(null)
    try {
      const request = {
        target,
        outDir: outDir.trim(),
        ...(previousDir.trim() === '' ? {} : { previousDir: previousDir.trim() }),
      }
      setSummary(await callApi(api.exportBundle(request)))
    } catch (caught) {
      setError(errorMessage(caught))
    } finally {
      setRunning(false)
    }
  }

  return (
    <section className="publish-panel" aria-labelledby="export-heading">
      <h2 id="export-heading">Export the site bundle</h2>
      <p className="muted">
        Exports the approved revision of every approved entry. A validation error in any of them
        blocks the export, and nothing is written.
      </p>
      <form
        onSubmit={(event) => {
          event.preventDefault()
          void runExport()
        }}
      >
        <fieldset className="form-row">
          <legend>Target</legend>
          <label className="radio">
            <input
              type="radio"
              name="export-target"
              checked={target === 'json'}
              onChange={() => setTarget('json')}
            />
            JSON bundle (one file per code, index and manifest)
          </label>
          <label className="radio">
            <input
              type="radio"
              name="export-target"
              checked={target === 'markdown'}
              onChange={() => setTarget('markdown')}
            />
            Markdown with YAML front matter
          </label>
        </fieldset>
        <PathField
          id="export-out"
          label="Destination folder"
          kind="folder"
          placeholder="A full path, such as /home/you/site-bundle"
          value={outDir}
          onChange={setOutDir}
        />
        <PathField
          id="export-previous"
          label="Earlier bundle to compare with (optional)"
          kind="folder"
          placeholder="A full path, such as /home/you/site-bundle-previous"
          value={previousDir}
          onChange={setPreviousDir}
        />
        <div className="form-actions">
          <button type="submit" className="primary" disabled={running || outDir.trim() === ''}>
            Export
          </button>
        </div>
      </form>
      {running && <TaskProgressBar label="Export progress" progress={progress} />}
      {error !== null && (
        <p className="form-error" role="alert">
          Export failed: {error}
        </p>
      )}
      {summary !== null && <ExportSummaryView summary={summary} />}
    </section>
  )
}
