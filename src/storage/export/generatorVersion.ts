import packageJson from '../../../package.json' with { type: 'json' }

/** The CodeDesk version written into every bundle manifest, from package.json. */
export const GENERATOR_VERSION: string = packageJson.version
