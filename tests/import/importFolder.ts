import { join } from 'node:path'

export const fixturesDir = join(import.meta.dirname, '..', 'fixtures', 'import')

/** The shared data folder beside the repository, with CMS's full files (never committed). */
export const sharedDataDir = join(import.meta.dirname, '..', '..', '..', 'shared', 'data')
