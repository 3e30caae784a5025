import { type FormEvent, useState } from 'react'

import { parseLinkHref } from './linkHref'

interface LinkFormProps {
  initialHref: string
  onApply: (href: string) => void
  onRemove: () => void
  onClose: () => void
}

/** Asks for a link address and rejects anything but http, https or mailto with a message. */
export function LinkForm({ initialHref, onApply, onRemove, onClose }: LinkFormProps) {
  const [href, setHref] = useState(initialHref)
  const [error, setError] = useState<string | null>(null)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const parsed = parseLinkHref(href)
    if (!parsed.ok) {
      setError(parsed.message)
      return
    }

    onApply(parsed.href)
  }

  return (
    <form className="link-form" onSubmit={submit} aria-label="Link">
      <label>
        <span className="visually-hidden">Link address</span>
        <input
          autoFocus
          value={href}
          placeholder="https://…"
          aria-invalid={error !== null}
          onChange={(event) => {
            setHref(event.target.value)
            setError(null)
          }}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.preventDefault()
              onClose()
            }
          }}
        />
      </label>
      <button type="submit" className="primary">
        Apply
      </button>
      {initialHref !== '' && (
        <button type="button" onClick={onRemove}>
          Remove link
        </button>
      )}
      <button type="button" onClick={onClose}>
        Cancel
      </button>
      {error !== null && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </form>
  )
}
