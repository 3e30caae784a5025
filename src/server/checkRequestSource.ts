import type { IncomingHttpHeaders } from 'node:http'

/** The status and reason of a request rejected before its token is checked, or null. */
export type SourceRejection = { status: 403; message: string } | null

/**
 * Checks the Host and Origin headers against the server's own address. A foreign Host header is
 * how a DNS-rebinding page reaches a loopback server, and a foreign Origin is a cross-site
 * request, so both are rejected whatever token they carry.
 */
export function checkRequestSource(headers: IncomingHttpHeaders, port: number): SourceRejection {
  const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`]
  const host = headers.host?.toLowerCase()
  if (host === undefined || !allowedHosts.includes(host)) {
    return {
      status: 403,
      message: `Host header ${JSON.stringify(headers.host ?? '')} is not allowed. Open http://127.0.0.1:${port}/ instead.`,
    }
  }

  const origin = headers.origin
  if (origin !== undefined && !allowedHosts.some((allowed) => origin === `http://${allowed}`)) {
    return {
      status: 403,
      message: `Origin ${JSON.stringify(origin)} is not allowed: only pages served by this server may call it.`,
    }
  }

  if (headers['sec-fetch-site'] === 'cross-site') {
    return { status: 403, message: 'Cross-site requests are not allowed.' }
  }

  return null
}
