import type { SaveState } from './useAutosave'

interface SaveStatusProps {
  state: SaveState
  onRetry: () => void
  onOverwrite: () => void
  onReload: () => void
}

function statusText(state: SaveState): string {
  switch (state.kind) {
    case 'saved':
      return 'Saved'
    case 'editing':
    case 'saving':
      return 'Saving…'
    case 'failed':
      return `Save failed: ${state.message}`
    case 'conflict':
      return `Save failed: ${state.message}`
  }
}

/** The save state in a live region, with Retry after a failure and the choices after a conflict. */
export function SaveStatus({ state, onRetry, onOverwrite, onReload }: SaveStatusProps) {
  return (
    <div className={`save-status save-${state.kind}`}>
      <span role="status" aria-live="polite" className="save-text">
        {statusText(state)}
      </span>
      {state.kind === 'failed' && (
        <button type="button" onClick={onRetry}>
          Retry
        </button>
      )}
      {state.kind === 'conflict' && (
        <span className="conflict-actions">
          <button type="button" onClick={onOverwrite}>
            Overwrite with my version
          </button>
          <button type="button" onClick={onReload}>
            Discard my edits and reload
          </button>
        </span>
      )}
    </div>
  )
}
