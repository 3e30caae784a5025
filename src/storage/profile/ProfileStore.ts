import { mkdir, readFile } from 'node:fs/promises'
import { homedir } from 'node:os'
import { dirname, join } from 'node:path'

import type { Profile } from '../../shared/api/types'
import { openJsonDataFile } from '../files/JsonDataFile'

/**
 * Returns the default profile path: `$CODEDESK_PROFILE` when set, else the XDG config folder. The Electron
 * app passes its own user-data folder instead.
 */
export function defaultProfilePath(): string {
  if (process.env.CODEDESK_PROFILE) return process.env.CODEDESK_PROFILE

  const configHome = process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config')
  return join(configHome, 'codedesk', 'profile.json')
}

/** The local person's name and role, kept in user settings so each team member has their own. */
export class ProfileStore {
  readonly path: string

  constructor(path = defaultProfilePath()) {
    this.path = path
  }

  async get(): Promise<Profile | null> {
    try {
      const raw = JSON.parse(await readFile(this.path, 'utf8')) as Partial<Profile>
      if (typeof raw.name !== 'string' || raw.name.trim() === '') return null
      if (raw.role !== 'writer' && raw.role !== 'reviewer' && raw.role !== 'both') return null

      return { name: raw.name, role: raw.role }
    } catch {
      return null
    }
  }

  async set(profile: Profile): Promise<Profile> {
    await mkdir(dirname(this.path), { recursive: true })
    await openJsonDataFile(this.path).write({ name: profile.name, role: profile.role })

    return profile
  }
}
