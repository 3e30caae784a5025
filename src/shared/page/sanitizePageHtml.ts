import sanitizeHtml from 'sanitize-html'

import { ALLOWED_LINK_SCHEMES } from './safeHref'

const SANITIZE_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'ul', 'ol', 'li', 'strong', 'em', 'a'],
  allowedAttributes: { a: ['href', 'rel'], ol: ['start'] },
  allowedSchemes: [...ALLOWED_LINK_SCHEMES],
  allowedSchemesByTag: {},
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  // Elements dropped together with their text: scripts, styles and embedded documents.
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'svg', 'math', 'iframe'],
  transformTags: {
    a: (tagName, attribs) => ({
      tagName,
      attribs: { ...attribs, rel: 'noopener noreferrer' },
    }),
  },
}

/**
 * Passes HTML through the page allow-list: paragraphs, line breaks, lists, bold, italic and links
 * with http, https, mailto or relative URLs. Everything else goes: scripts, event handlers, styles,
 * SVG, `javascript:`, `data:` and protocol-relative URLs. Every link gets
 * `rel="noopener noreferrer"`.
 */
export function sanitizePageHtml(html: string): string {
  return sanitizeHtml(html, SANITIZE_OPTIONS)
}
