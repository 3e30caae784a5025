/** URL schemes a published link may use; every other scheme is dropped with its link. */
export const ALLOWED_LINK_SCHEMES = ['http', 'https', 'mailto'] as const

// Named character references that can spell a scheme or hide one: HTML has no named references
// for ASCII letters or digits, so these and the numeric forms are all a check needs to decode.
const NAMED_REFERENCES: Record<string, string> = {
  tab: '\t',
  newline: '\n',
  colon: ':',
  plus: '+',
  period: '.',
  hyphen: '-',
  sol: '/',
  bsol: '\\',
  nbsp: '\u00a0',
  amp: '&',
}

function decodeCharacterReferences(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);?/gi, (_match, hex: string) =>
      String.fromCodePoint(Math.min(Number.parseInt(hex, 16), 0x10ffff)),
    )
    .replace(/&#(\d+);?/g, (_match, decimal: string) =>
      String.fromCodePoint(Math.min(Number.parseInt(decimal, 10), 0x10ffff)),
    )
    .replace(/&([a-z]+);/gi, (match, name: string) => NAMED_REFERENCES[name.toLowerCase()] ?? match)
}

/**
 * Returns the href a link may be published with, or null when it must be dropped: a scheme other
 * than http, https or mailto (javascript:, data:, vbscript: ...), or a protocol-relative `//host`
 * URL. The check runs on the value as a browser could read it: character references decoded (up to
 * three times, for double-encoded input) and tabs, newlines and control characters removed, so
 * `jav&#x09;ascript:` and `java\tscript:` are caught.
 */
export function safeHref(href: string): string | null {
  let decoded = href
  for (let round = 0; round < 3; round++) {
    const next = decodeCharacterReferences(decoded)
    if (next === decoded) break
    decoded = next
  }

  // Browsers drop ASCII tabs and newlines anywhere in a URL and trim C0 controls and spaces.
  // eslint-disable-next-line no-control-regex -- control characters are what this removes
  const compact = decoded.replace(/[\u0000-\u0020\u007f-\u00a0\u2028\u2029]/g, '')
  if (compact === '') return null
  if (/^[\\/]{2}/.test(compact)) return null

  const scheme = /^([^/?#]*?):/.exec(compact)?.[1]
  if (scheme !== undefined) {
    const allowed = (ALLOWED_LINK_SCHEMES as readonly string[]).includes(scheme.toLowerCase())
    if (!allowed) return null
  }

  return decoded.trim()
}
