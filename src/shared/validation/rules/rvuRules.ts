import type { FolderIndex, Rule } from '../engine'

/**
 * Returns the release every entry's RVU data should come from: the imported fee schedule's, else
 * the release most entries use (the later one on a tie), or null when no entry has RVU data.
 */
export function expectedRvuRelease(folder: FolderIndex): string | null {
  if (folder.feeScheduleRelease !== null) return folder.feeScheduleRelease

  let best: string | null = null
  let bestCount = 0
  for (const [release, codes] of folder.rvuReleases) {
    if (codes.size > bestCount || (codes.size === bestCount && best !== null && release > best)) {
      best = release
      bestCount = codes.size
    }
  }

  return best
}

function scheduleName(folder: FolderIndex): string {
  return folder.feeScheduleRelease === null
    ? 'the imported fee schedule'
    : `fee schedule ${folder.feeScheduleRelease}`
}

export const rvuMissingRule: Rule = {
  id: 'rvu/missing',
  description: 'A code the imported fee schedule lists has RVU data.',
  defaultSeverity: 'error',
  check(entry, context, report) {
    const listed = context.folder.feeScheduleCodes
    if (listed === null || entry.rvu !== null || !listed.has(entry.code)) return

    report(
      'rvu',
      `rvu: ${entry.code} is listed in ${scheduleName(context.folder)} but has no RVU data. Import the fee schedule file again to fill it in.`,
    )
  },
}

export const rvuNotListedRule: Rule = {
  id: 'rvu/not-listed',
  description: 'The code is listed in the imported fee schedule.',
  defaultSeverity: 'warning',
  check(entry, context, report) {
    const listed = context.folder.feeScheduleCodes
    if (listed === null || listed.has(entry.code)) return

    const fix =
      entry.rvu === null
        ? 'Check the code, or expect its page to show no RVU values.'
        : `Its RVU data from ${entry.rvu.release} is out of date: check the code, and import CMS's complete file with --remove-unlisted (in the app, the checkbox to remove unlisted RVU data) to remove it.`
    report('rvu', `rvu: ${entry.code} is not listed in ${scheduleName(context.folder)}. ${fix}`)
  },
}

export const rvuReleaseRule: Rule = {
  id: 'rvu/release',
  description: 'Every entry with RVU data has it from the same CMS release.',
  defaultSeverity: 'error',
  check(entry, context, report) {
    if (entry.rvu === null) return

    const expected = expectedRvuRelease(context.folder)
    if (expected === null || entry.rvu.release === expected) return

    const holders = context.folder.rvuReleases.get(expected)
    const others = (holders?.size ?? 0) - (holders?.has(entry.code) === true ? 1 : 0)
    const source =
      context.folder.feeScheduleRelease === expected
        ? `the imported fee schedule's release`
        : `the release of ${others} other entries`
    report(
      'rvu.release',
      `rvu.release: ${entry.code} has RVU data from ${entry.rvu.release}, but ${expected} is ${source}. Import ${expected} again so every page shows one release.`,
    )
  },
}
