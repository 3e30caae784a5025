import { useState } from 'react'

import type { ImportChange, ImportPreview } from '../../../shared/api/types'

const KIND_LABELS: Record<ImportChange['kind'], string> = {
  create: 'New entries',
  update: 'Updated entries',
  'title-changed': 'Changed short descriptors',
  terminated: 'Terminated codes',
  unchanged: 'Unchanged',
  'no-entry': 'Codes without an entry',
  'not-listed': 'Entries not in the file',
}

const KIND_ORDER = Object.keys(KIND_LABELS) as Array<ImportChange['kind']>

// Rows rendered at once; an RVU file lists about 17,000 codes without an entry.
const SHOWN_ROWS = 300

/** Shows the changes of an import counted by kind, and the rows of one kind at a time. */
export function ImportPreviewView({ preview }: { preview: ImportPreview }) {
  const counts = new Map<ImportChange['kind'], number>()
  for (const change of preview.changes) counts.set(change.kind, (counts.get(change.kind) ?? 0) + 1)
  const kinds = KIND_ORDER.filter((kind) => counts.has(kind))
  const [shownKind, setShownKind] = useState<ImportChange['kind'] | null>(kinds[0] ?? null)
  const rows = preview.changes.filter((change) => change.kind === shownKind)

  return (
    <section className="import-preview" aria-label="Import changes">
      <p>
        {preview.source}
        {preview.release === null ? '' : ` (${preview.release})`}: {preview.changes.length} codes,{' '}
        {preview.rowProblems.length} rows could not be read.
      </p>
      <div className="import-kinds" role="group" aria-label="Kinds of change">
        {kinds.map((kind) => (
          <button
            key={kind}
            type="button"
            aria-pressed={kind === shownKind}
            onClick={() => setShownKind(kind)}
          >
            {KIND_LABELS[kind]}: {counts.get(kind)}
          </button>
        ))}
      </div>
      {rows.length > 0 && (
        <table className="import-changes">
          <tbody>
            {rows.slice(0, SHOWN_ROWS).map((change) => (
              <tr key={`${change.code}-${change.kind}`}>
                <th scope="row">{change.code}</th>
                <td>{change.detail}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {rows.length > SHOWN_ROWS && (
        <p className="muted">
          and {rows.length - SHOWN_ROWS} more. The CLI lists them all with --all.
        </p>
      )}
      {preview.rowProblems.length > 0 && (
        <>
          <h3>Rows that could not be read</h3>
          <ul className="publish-problems">
            {preview.rowProblems.slice(0, SHOWN_ROWS).map((problem) => (
              <li key={problem.line} className="severity-error">
                Line {problem.line}: {problem.reason}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
