/**
 * Returns the folder given as `--content DIR` or `--content=DIR` on the command line, or null.
 * Chromium switches and the app path share argv, so only this one option is read.
 */
export function readContentArgument(argv: readonly string[]): string | null {
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index] ?? ''
    if (argument.startsWith('--content=')) return argument.slice('--content='.length) || null
    if (argument === '--content') return argv[index + 1] ?? null
  }

  return null
}
