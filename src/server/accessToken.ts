import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'

/** Creates a per-launch access token: 32 random bytes, base64url-encoded. */
export function createAccessToken(): string {
  return randomBytes(32).toString('base64url')
}

/** Compares a presented token with the server's in constant time; null or empty never matches. */
export function tokenMatches(expected: string, presented: string | null | undefined): boolean {
  if (presented === null || presented === undefined || presented === '') return false

  // Hashing first gives both sides the same length, which timingSafeEqual requires.
  const expectedHash = createHash('sha256').update(expected).digest()
  const presentedHash = createHash('sha256').update(presented).digest()

  return timingSafeEqual(expectedHash, presentedHash)
}

/**
 * Returns the name of the cookie that carries the token. The name includes the port because browsers share
 * cookies between ports of one host, so two servers on 127.0.0.1 would overwrite each other's.
 */
export function tokenCookieName(port: number): string {
  return `codedesk_token_${port}`
}

/** Returns the value of cookie `name` in a Cookie header, or null when it is missing. */
export function readCookie(header: string | undefined, name: string): string | null {
  if (header === undefined) return null

  for (const part of header.split(';')) {
    const separator = part.indexOf('=')
    if (separator === -1) continue
    if (part.slice(0, separator).trim() === name) return part.slice(separator + 1).trim()
  }

  return null
}
