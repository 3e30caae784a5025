import { type RefObject, useEffect, useState } from 'react'

import type { EntryDetail } from '../../../shared/api/types'
import { api } from '../api/client'
import { EntryForm } from './EntryForm'
import type { EntryHandle } from './EntryHandle'

interface EntryEditorProps {
  code: string
  readOnly: boolean
  handleRef: RefObject<EntryHandle | null>
  onSaved: (detail: EntryDetail) => void
}

type LoadState =
  | { key: string; kind: 'loaded'; detail: EntryDetail }
  | { key: string; kind: 'failed'; message: string }

/** Loads one entry from the folder and shows its form. After a conflict, "reload" loads it again. */
export function EntryEditor({ code, readOnly, handleRef, onSaved }: EntryEditorProps) {
  const [loaded, setLoaded] = useState<LoadState | null>(null)
  const [loadCount, setLoadCount] = useState(0)
  const key = `${code}#${loadCount}`
  // A result for another code or an earlier load counts as still loading.
  const load = loaded?.key === key ? loaded : null

  useEffect(() => {
    let current = true

    api
      .getEntry({ code })
      .then((result) => {
        if (!current) return
        setLoaded(
          result.ok
            ? { key, kind: 'loaded', detail: result.value }
            : { key, kind: 'failed', message: result.error.message },
        )
      })
      .catch((error: unknown) => {
        if (current) setLoaded({ key, kind: 'failed', message: String(error) })
      })

    return () => {
      current = false
    }
  }, [code, key])

  if (load === null) return <p className="editor-message">Opening {code}…</p>
  if (load.kind === 'failed') {
    return (
      <div className="editor-message" role="alert">
        <p>
          {code} could not be opened: {load.message}
        </p>
        <button type="button" onClick={() => setLoadCount((count) => count + 1)}>
          Try again
        </button>
      </div>
    )
  }

  return (
    <EntryForm
      key={key}
      loaded={load.detail}
      readOnly={readOnly}
      handleRef={handleRef}
      onSaved={onSaved}
      onReload={() => setLoadCount((count) => count + 1)}
    />
  )
}
