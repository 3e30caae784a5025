import { RENDERER_CONTENT_SECURITY_POLICY } from '../shared/api/rendererCsp'

/** The Content-Security-Policy of every browser-mode response. */
export const CONTENT_SECURITY_POLICY = RENDERER_CONTENT_SECURITY_POLICY

/** Headers sent with every browser-mode response, including errors. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), usb=(), serial=()',
}
