import { type ReactNode, useEffect, useMemo, useState } from 'react'

import type { Profile } from '../../../shared/api/types'
import { api } from '../api/client'
import { callApi, errorMessage } from '../app/callApi'
import { ProfileContext } from './ProfileContext'
import { ProfileForm } from './ProfileForm'

type GateState =
  | { kind: 'loading' }
  | { kind: 'ready'; profile: Profile | null }
  | { kind: 'failed'; message: string }

/**
 * Renders its children once the person has a profile. On first start, with no profile yet, it
 * shows a form for a name and role and saves them with `setProfile`.
 */
export function ProfileGate({ children }: { children: ReactNode }) {
  const [state, setState] = useState<GateState>({ kind: 'loading' })
  const [editing, setEditing] = useState(false)
  const [saving, setSaving] = useState(false)
  const [saveError, setSaveError] = useState<string | null>(null)

  useEffect(() => {
    callApi(api.getProfile({}))
      .then((profile) => setState({ kind: 'ready', profile }))
      .catch((error: unknown) => setState({ kind: 'failed', message: errorMessage(error) }))
  }, [])

  const profile = state.kind === 'ready' ? state.profile : null
  const context = useMemo(
    () => (profile === null ? null : { profile, editProfile: () => setEditing(true) }),
    [profile],
  )

  const save = (next: Profile) => {
    setSaving(true)
    callApi(api.setProfile(next))
      .then((saved) => {
        setState({ kind: 'ready', profile: saved })
        setEditing(false)
        setSaveError(null)
      })
      .catch((error: unknown) => setSaveError(`Profile not saved: ${errorMessage(error)}`))
      .finally(() => setSaving(false))
  }

  if (state.kind === 'loading') return <div className="startup-message">Loading your profile…</div>
  if (state.kind === 'failed') {
    return (
      <div className="startup-message" role="alert">
        <h1>Your profile could not be read</h1>
        <p>{state.message}</p>
      </div>
    )
  }
  if (context === null) {
    return <ProfileForm initial={null} error={saveError} saving={saving} onSubmit={save} />
  }

  return (
    <ProfileContext.Provider value={context}>
      {children}
      {editing && (
        <ProfileForm
          initial={context.profile}
          error={saveError}
          saving={saving}
          onSubmit={save}
          onCancel={() => setEditing(false)}
        />
      )}
    </ProfileContext.Provider>
  )
}
