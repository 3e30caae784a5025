const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:'])

// Browsers strip or fold control characters and whitespace before they parse a URL.
function hasUnsafeCharacter(text: string): boolean {
  for (const character of text) {
    const codePoint = character.codePointAt(0) ?? 0
    if (codePoint <= 0x20 || (codePoint >= 0x7f && codePoint <= 0x9f)) return true
    if (/\s/u.test(character)) return true
  }

  return false
}

/**
 * Returns the URL when it may be opened in the system browser, else null. Allowed are
 * `http://host…`, `https://host…` (no user name or password) and `mailto:…`, written in lowercase,
 * with no whitespace or control characters anywhere. Everything else (javascript:, file:, data:,
 * vbscript:, `HTTP:`, ` https:`, `https:host`) is rejected, so the caller never opens a URL that a
 * browser would read differently from this check.
 */
export function toExternalUrl(candidate: unknown): string | null {
  if (typeof candidate !== 'string' || candidate.length === 0 || candidate.length > 2_048)
    return null
  if (hasUnsafeCharacter(candidate)) return null
  if (!/^(https?:\/\/[^/?#\\]|mailto:)/.test(candidate)) return null

  let parsed: URL
  try {
    parsed = new URL(candidate)
  } catch {
    return null
  }
  if (!ALLOWED_PROTOCOLS.has(parsed.protocol)) return null
  if (parsed.protocol !== 'mailto:' && parsed.hostname === '') return null
  if (parsed.username !== '' || parsed.password !== '') return null

  return parsed.href
}
