import type { IncomingMessage } from 'node:http'

/** The maximum API request body in bytes, set well above one entry or the taxonomy as JSON. */
export const MAX_BODY_BYTES = 4 * 1024 * 1024

/** A request body that cannot be read as a JSON API call, with the HTTP status to send. */
export class BodyError extends Error {
  readonly status: number

  constructor(status: number, message: string) {
    super(message)
    this.name = 'BodyError'
    this.status = status
  }
}

/**
 * Reads and parses a JSON request body. Raises BodyError with 415 for another content type, 413
 * past MAX_BODY_BYTES (checked on Content-Length and again while reading) and 400 for invalid
 * JSON. An empty body is read as `{}`.
 */
export async function readJsonBody(request: IncomingMessage): Promise<unknown> {
  const contentType = request.headers['content-type']?.split(';')[0]?.trim().toLowerCase()
  if (contentType !== 'application/json') {
    throw new BodyError(
      415,
      `Content-Type ${JSON.stringify(request.headers['content-type'] ?? '')} is not supported. Send application/json.`,
    )
  }

  const declaredLength = Number(request.headers['content-length'] ?? 0)
  if (declaredLength > MAX_BODY_BYTES) {
    throw new BodyError(
      413,
      `Request body of ${declaredLength} bytes exceeds the limit of ${MAX_BODY_BYTES} bytes.`,
    )
  }

  const chunks: Buffer[] = []
  let received = 0
  for await (const chunk of request as AsyncIterable<Buffer>) {
    received += chunk.length
    if (received > MAX_BODY_BYTES) {
      throw new BodyError(413, `Request body exceeds the limit of ${MAX_BODY_BYTES} bytes.`)
    }
    chunks.push(chunk)
  }

  const text = Buffer.concat(chunks).toString('utf8')
  if (text.trim() === '') return {}

  try {
    return JSON.parse(text) as unknown
  } catch (error) {
    throw new BodyError(400, `Request body is not valid JSON: ${(error as Error).message}.`)
  }
}
