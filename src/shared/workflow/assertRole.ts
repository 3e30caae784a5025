import type { Profile, Role } from '../api/types'
import { CodeDeskError } from '../errors'

/** The review actions that depend on the person's role. */
export type ReviewActionKind =
  'submit' | 'approve' | 'request-changes' | 'comment' | 'resolve-comment' | 'restore'

const ALLOWED_ROLES: Record<ReviewActionKind, readonly Role[]> = {
  submit: ['writer', 'both'],
  approve: ['reviewer', 'both'],
  'request-changes': ['reviewer', 'both'],
  comment: ['writer', 'reviewer', 'both'],
  'resolve-comment': ['writer', 'reviewer', 'both'],
  restore: ['writer', 'both'],
}

const ACTION_PHRASES: Record<ReviewActionKind, string> = {
  submit: 'submit entries for review',
  approve: 'approve entries',
  'request-changes': 'request changes',
  comment: 'comment',
  'resolve-comment': 'resolve comments',
  restore: 'restore revisions',
}

/**
 * Returns the profile when its role may take the action, and raises `forbidden` otherwise. Every
 * review action needs a profile, because its record names the person and the role decides what
 * they may do.
 */
export function assertRole(profile: Profile | null, action: ReviewActionKind): Profile {
  if (profile === null) {
    throw new CodeDeskError(
      'forbidden',
      `No profile is set, so nobody can ${ACTION_PHRASES[action]} from this copy of CodeDesk. Set your name and role (writer, reviewer or both) first.`,
    )
  }

  const allowed = ALLOWED_ROLES[action]
  if (!allowed.includes(profile.role)) {
    throw new CodeDeskError(
      'forbidden',
      `${profile.name} has the ${profile.role} role and cannot ${ACTION_PHRASES[action]}. Switch the profile to ${allowed.filter((role) => role !== 'both').join(' or ')} (or both) to do it.`,
    )
  }

  return profile
}
