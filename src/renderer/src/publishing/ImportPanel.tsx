import { useState } from 'react'

import type { ImportPreview, ImportResult } from '../../../shared/api/types'
import { api } from '../api/client'
import { callApi, errorMessage } from '../app/callApi'
import { ImportPreviewView } from './ImportPreviewView'
import { PathField } from './PathField'
import { TaskProgressBar } from './TaskProgressBar'
import { useTaskProgress } from './useTaskProgress'

type ImportKind = 'rvu' | 'hcpcs' | 'bundle'

const KIND_LABELS: Record<ImportKind, string> = {
  rvu: 'CMS fee schedule RVU file (PPRRVU, CSV or TXT)',
  hcpcs: 'CMS HCPCS Level II annual file',
  bundle: 'Exported JSON bundle',
}

/**
 * Renders the import form: what to import and from where, a preview of every change, then Apply. Nothing
 * is written before Apply, and the preview is discarded when the form changes.
 */
export function ImportPanel() {
  const [kind, setKind] = useState<ImportKind>('rvu')
  const [path, setPath] = useState('')
  const [release, setRelease] = useState('')
  const [removeUnlisted, setRemoveUnlisted] = useState(false)
  const [running, setRunning] = useState(false)
  const [preview, setPreview] = useState<ImportPreview | null>(null)
  const [result, setResult] = useState<ImportResult | null>(null)
  const [error, setError] = useState<string | null>(null)
  const progress = useTaskProgress('import', running)

  const request = () => ({
    kind,
    path: path.trim(),
    ...(kind === 'rvu' && release.trim() !== '' ? { release: release.trim().toUpperCase() } : {}),
    ...(kind === 'rvu' && removeUnlisted ? { removeUnlisted: true } : {}),
  })

  const run = async (apply: boolean) => {
    setRunning(true)
    setError(null)
    try {
      if (apply) {
        setResult(await callApi(api.applyImport(request())))
        setPreview(null)
      } else {
        setResult(null)
        setPreview(await callApi(api.previewImport(request())))
      }
    } catch (caught) {
      setError(errorMessage(caught))
    } finally {
      setRunning(false)
    }
  }

  const changeForm = (update: () => void) => {
    update()
    setPreview(null)
  }

  return (
    <section className="publish-panel" aria-labelledby="import-heading">
      <h2 id="import-heading">Import official data</h2>
      <form
        onSubmit={(event) => {
          event.preventDefault()
          void run(false)
        }}
      >
        <div className="form-row">
          <label htmlFor="import-kind">What to import</label>
          <select
            id="import-kind"
            value={kind}
            onChange={(event) => changeForm(() => setKind(event.target.value as ImportKind))}
          >
            {(Object.keys(KIND_LABELS) as ImportKind[]).map((option) => (
              <option key={option} value={option}>
                {KIND_LABELS[option]}
              </option>
            ))}
          </select>
        </div>
        <PathField
          id="import-path"
          label={kind === 'bundle' ? 'Bundle folder' : 'File (.gz accepted)'}
          kind={kind === 'bundle' ? 'folder' : 'file'}
          placeholder={
            kind === 'bundle' ? 'A full path to the bundle folder' : 'A full path to the file'
          }
          value={path}
          onChange={(value) => changeForm(() => setPath(value))}
        />
        {kind === 'rvu' && (
          <div className="form-row">
            <label htmlFor="import-release">CMS release, when the file name does not give it</label>
            <input
              id="import-release"
              type="text"
              value={release}
              placeholder="RVU25D"
              onChange={(event) => changeForm(() => setRelease(event.target.value))}
            />
          </div>
        )}
        {kind === 'rvu' && (
          <label className="form-check">
            <input
              type="checkbox"
              checked={removeUnlisted}
              onChange={(event) => changeForm(() => setRemoveUnlisted(event.target.checked))}
            />
            Remove the RVU data of entries the file does not list (only for CMS&apos;s complete
            file; otherwise those entries keep their data)
          </label>
        )}
        <div className="form-actions">
          <button type="submit" disabled={running || path.trim() === ''}>
            Preview
          </button>
          <button
            type="button"
            className="primary"
            disabled={running || preview === null}
            onClick={() => void run(true)}
          >
            Apply
          </button>
        </div>
      </form>
      {running && <TaskProgressBar label="Import progress" progress={progress} />}
      {error !== null && (
        <p className="form-error" role="alert">
          Import failed: {error}
        </p>
      )}
      {preview !== null && <ImportPreviewView preview={preview} />}
      {result !== null && (
        <p className="banner banner-ok" role="status">
          Imported {result.source}: {result.applied} entries written, {result.rowProblems.length}{' '}
          rows could not be read. The entry list shows the changes after it is reloaded.
        </p>
      )}
    </section>
  )
}
