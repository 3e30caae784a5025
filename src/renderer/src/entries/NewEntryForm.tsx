import { type FormEvent, useState } from 'react'

interface NewEntryFormProps {
  /** Creates the entry and returns null, or returns the reason it failed. */
  onCreate: (code: string, title: string) => Promise<string | null>
  onCancel: () => void
}

/** Asks for the code (and optionally the short title) of a new entry. */
export function NewEntryForm({ onCreate, onCancel }: NewEntryFormProps) {
  const [code, setCode] = useState('')
  const [title, setTitle] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setBusy(true)
    setError(await onCreate(code, title))
    setBusy(false)
  }

  return (
    <form
      className="new-entry-form"
      aria-label="New entry"
      onSubmit={(event) => void submit(event)}
    >
      <label>
        <span>Code</span>
        <input
          autoFocus
          value={code}
          maxLength={16}
          placeholder="M1440"
          onChange={(event) => setCode(event.target.value)}
          onKeyDown={(event) => event.key === 'Escape' && onCancel()}
        />
      </label>
      <label>
        <span>Short title</span>
        <input value={title} maxLength={200} onChange={(event) => setTitle(event.target.value)} />
      </label>
      {error !== null && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={busy || code.trim() === ''}>
          Create
        </button>
      </div>
    </form>
  )
}
