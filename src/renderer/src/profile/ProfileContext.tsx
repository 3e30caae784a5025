import { createContext, useContext } from 'react'

import type { Profile } from '../../../shared/api/types'

/** The person using the app, recorded as author on every save. */
export interface ProfileState {
  profile: Profile
  /** Opens the profile form again, to change the name or role. */
  editProfile: () => void
}

export const ProfileContext = createContext<ProfileState | null>(null)

export function useProfile(): ProfileState {
  const state = useContext(ProfileContext)
  if (state === null)
    throw new Error('useProfile was called outside <ProfileGate>. Render the component inside it.')

  return state
}
