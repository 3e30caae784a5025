import { type FormEvent, useId, useState } from 'react'

import type { Profile, Role } from '../../../shared/api/types'

const ROLES: ReadonlyArray<{ value: Role; label: string }> = [
  { value: 'writer', label: 'Writer' },
  { value: 'reviewer', label: 'Reviewer' },
  { value: 'both', label: 'Writer and reviewer' },
]

interface ProfileFormProps {
  initial: Profile | null
  error: string | null
  saving: boolean
  onSubmit: (profile: Profile) => void
  onCancel?: () => void
}

/** Asks for the name recorded on saves and reviews, and the person's role. */
export function ProfileForm({ initial, error, saving, onSubmit, onCancel }: ProfileFormProps) {
  const [name, setName] = useState(initial?.name ?? '')
  const [role, setRole] = useState<Role>(initial?.role ?? 'writer')
  const [nameError, setNameError] = useState<string | null>(null)
  const id = useId()

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (name.trim() === '') {
      setNameError('Name is missing: type the name to record on your edits.')
      return
    }

    setNameError(null)
    onSubmit({ name: name.trim(), role })
  }

  return (
    <div className="dialog-backdrop">
      <form
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        onSubmit={submit}
      >
        <h1 id={`${id}-title`}>{initial === null ? 'Welcome to CodeDesk' : 'Your profile'}</h1>
        <p className="dialog-intro">
          Your name is recorded as the author of your edits and reviews. It is kept on this
          computer, not in the content folder.
        </p>
        <label className="form-row">
          <span>Name</span>
          <input
            autoFocus
            value={name}
            maxLength={80}
            aria-invalid={nameError !== null}
            onChange={(event) => setName(event.target.value)}
          />
        </label>
        <fieldset className="form-row">
          <legend>Role</legend>
          {ROLES.map((option) => (
            <label key={option.value} className="radio">
              <input
                type="radio"
                name={`${id}-role`}
                value={option.value}
                checked={role === option.value}
                onChange={() => setRole(option.value)}
              />
              {option.label}
            </label>
          ))}
        </fieldset>
        {(nameError ?? error) !== null && (
          <p className="form-error" role="alert">
            {nameError ?? error}
          </p>
        )}
        <div className="dialog-actions">
          {onCancel !== undefined && (
            <button type="button" onClick={onCancel}>
              Cancel
            </button>
          )}
          <button type="submit" className="primary" disabled={saving}>
            {saving ? 'Saving…' : 'Save profile'}
          </button>
        </div>
      </form>
    </div>
  )
}
