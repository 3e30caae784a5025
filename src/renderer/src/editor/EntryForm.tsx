import { type RefObject, useCallback, useEffect, useImperativeHandle, useState } from 'react'

import type { EntryDetail } from '../../../shared/api/types'
import { CODE_SYSTEM_LABELS } from '../../../shared/codes/codeSystem'
import type { Entry } from '../../../shared/model/entry'
import type { Problem } from '../../../shared/validation/problem'
import { api, onMenuCommand, setUnsavedChanges } from '../api/client'
import { useMediaQuery } from '../app/useMediaQuery'
import { STATUS_LABELS } from '../entries/statusLabels'
import { EntryPreview } from '../preview/EntryPreview'
import { ProblemsPanel } from '../problems/ProblemsPanel'
import { useLiveProblems } from '../problems/useLiveProblems'
import { EntryReviewBar } from '../review/EntryReviewBar'
import { EntryFields } from './EntryFields'
import type { EntryHandle } from './EntryHandle'
import { EntryProblemsContext } from './EntryProblemsContext'
import { SaveStatus } from './SaveStatus'
import { useAutosave } from './useAutosave'

interface EntryFormProps {
  loaded: EntryDetail
  readOnly: boolean
  handleRef: RefObject<EntryHandle | null>
  onSaved: (detail: EntryDetail) => void
  onReload: () => void
}

/** Windows at least this wide show the preview beside the editor when an entry opens. */
const WIDE_WINDOW_QUERY = '(min-width: 1200px)'

const saveEntry = async (entry: Entry, expectedUpdatedAt: string | null) =>
  api.saveEntry({ entry, expectedUpdatedAt })

/** The open entry: header with save state, the editable fields and the live page preview. */
export function EntryForm({ loaded, readOnly, handleRef, onSaved, onReload }: EntryFormProps) {
  const [problems, setProblems] = useState<readonly Problem[]>(loaded.problems)
  // The preview follows the window width until the writer toggles it. Beside the list and the
  // editor, it would leave the editor too narrow in a window under 1200 px (see editor.css).
  const wideWindow = useMediaQuery(WIDE_WINDOW_QUERY)
  const [previewChoice, setPreviewChoice] = useState<boolean | null>(null)
  const previewOpen = previewChoice ?? wideWindow
  const handleSaved = useCallback(
    (detail: EntryDetail) => {
      setProblems(detail.problems)
      onSaved(detail)
    },
    [onSaved],
  )
  const autosave = useAutosave(loaded.entry, saveEntry, handleSaved)
  const { draft, state, update, flush, overwrite } = autosave
  const editable = !readOnly
  const live = useLiveProblems(draft, problems)

  useImperativeHandle(
    handleRef,
    () => ({
      flush,
      reloadIfSaved: () => {
        if (state.kind === 'saved') onReload()
      },
    }),
    [flush, state.kind, onReload],
  )

  useEffect(() => {
    setUnsavedChanges(state.kind !== 'saved')
  }, [state.kind])

  useEffect(
    () =>
      onMenuCommand((command) => {
        if (command === 'save') void flush()
      }),
    [flush],
  )

  useEffect(() => () => setUnsavedChanges(false), [])

  return (
    <EntryProblemsContext.Provider value={live.problems}>
      <div className={`entry-workspace${previewOpen ? ' with-preview' : ''}`}>
        <section className="editor-pane" aria-label={`Editor for ${draft.code}`}>
          <header className="editor-header">
            <div className="editor-title">
              <h1>
                <span className="entry-code">{draft.code}</span> {draft.title}
              </h1>
              <span className="muted">
                {CODE_SYSTEM_LABELS[draft.codeSystem]} · revision {draft.workflow.revision} ·{' '}
                <span className={`status-pill status-${draft.workflow.status}`}>
                  {STATUS_LABELS[draft.workflow.status]}
                </span>{' '}
                · last saved by {draft.meta.updatedBy}
              </span>
            </div>
            <SaveStatus
              state={state}
              onRetry={() => void flush()}
              onOverwrite={() => void overwrite()}
              onReload={onReload}
            />
            <button
              type="button"
              aria-pressed={previewOpen}
              onClick={() => setPreviewChoice(!previewOpen)}
            >
              Preview
            </button>
          </header>
          <EntryReviewBar
            entry={draft}
            saved={state.kind === 'saved'}
            flush={flush}
            onChanged={handleSaved}
            onReload={onReload}
          />
          <EntryFields entry={draft} editable={editable} update={update} />
          <ProblemsPanel code={draft.code} checkError={live.error} />
        </section>
        {previewOpen && <EntryPreview entry={draft} />}
      </div>
    </EntryProblemsContext.Provider>
  )
}
