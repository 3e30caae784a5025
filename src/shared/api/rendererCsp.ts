/**
 * The Content-Security-Policy of the built renderer, sent as a response header by the Electron
 * app's scheme handler and by browser mode. It matches the meta tag in src/renderer/index.html and
 * adds frame-ancestors, which only a header can set. Inline styles stay allowed because Tiptap
 * injects its base styles as a <style> element.
 */
export const RENDERER_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')
