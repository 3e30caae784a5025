const QUARTER_LETTERS: Record<string, string> = { JAN: 'A', APR: 'B', JUL: 'C', OCT: 'D' }

/**
 * Works out the CMS release (such as RVU25D) of a PPRRVU file. CMS names releases RVU<yy><letter>:
 * A is January, B April, C July and D October; a correction notice adds R (RVU25AR), which maps to
 * its base release because an entry's release is one letter. The rules, first match wins:
 *
 * 1. a release name in the file name, such as `RVU25D.zip` or `rvu25d_pprrvu.csv`;
 * 2. the CSV title row, such as "2025 National Physician Fee Schedule Relative Value File October
 *    Release";
 * 3. the file name CMS gives the PPRRVU file inside the release, such as `PPRRVU2025_Oct.txt`.
 *
 * Returns null when none matches. The fixed-width file has no title row, so its name decides.
 */
export function detectRvuRelease(fileName: string, titles: readonly string[]): string | null {
  const named = /RVU(\d{2})([A-D])R?(?![A-Z0-9])/i.exec(fileName)
  if (named !== null) return `RVU${named[1]}${named[2]?.toUpperCase()}`

  for (const title of titles) {
    const match = /\b(20\d{2})\b.*\b(JAN|APR|JUL|OCT)[A-Z]*\s+RELEASE\b/i.exec(title)
    if (match !== null) {
      return `RVU${match[1]?.slice(2)}${QUARTER_LETTERS[match[2]?.toUpperCase() ?? '']}`
    }
  }

  const pprrvu = /PPRRVU(?:20)?(\d{2})_?(JAN|APR|JUL|OCT)/i.exec(fileName)
  if (pprrvu !== null) {
    return `RVU${pprrvu[1]}${QUARTER_LETTERS[pprrvu[2]?.toUpperCase() ?? '']}`
  }

  return null
}
