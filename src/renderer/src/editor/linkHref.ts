import { toExternalUrl } from '../../../shared/api/externalUrl'

export type LinkHrefResult = { ok: true; href: string } | { ok: false; message: string }

const SCHEME = /^[a-z][a-z0-9+.-]*:/i
const BARE_EMAIL = /^[^\s@/]+@[^\s@/]+\.[^\s@/]+$/
const BARE_DOMAIN = /^[^\s/:@]+\.[a-z]{2,}([/?#]\S*)?$/i

/**
 * Checks a link typed or pasted by a writer. Only http, https and mailto links are accepted,
 * because the site renders no other scheme. A bare domain gets `https://` and a bare e-mail
 * address gets `mailto:` in front.
 */
export function parseLinkHref(input: string): LinkHrefResult {
  const trimmed = input.trim()
  if (trimmed === '')
    return { ok: false, message: 'Link is empty: type an http, https or mailto address.' }

  let candidate = trimmed
  if (!SCHEME.test(trimmed)) {
    if (BARE_EMAIL.test(trimmed)) candidate = `mailto:${trimmed}`
    else if (BARE_DOMAIN.test(trimmed)) candidate = `https://${trimmed}`
  } else {
    // Schemes are case-insensitive, so HTTPS://example.org is the same link.
    candidate = trimmed.replace(SCHEME, (scheme) => scheme.toLowerCase())
  }

  const href = toExternalUrl(candidate)
  if (href === null) {
    return {
      ok: false,
      message: `Link '${trimmed}' is not allowed: use an http, https or mailto address, such as https://www.cms.gov.`,
    }
  }

  return { ok: true, href }
}

/** Returns whether a link found in pasted or stored content may stay a link. */
export function isAllowedLinkHref(href: string): boolean {
  return toExternalUrl(href) !== null
}
