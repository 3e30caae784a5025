/** The reason an operation failed, as a value both transports and every caller can branch on. */
export type ErrorCode =
  | 'invalid-argument'
  | 'invalid-file'
  | 'not-found'
  | 'already-exists'
  | 'conflict'
  | 'locked'
  | 'read-only'
  | 'io'
  | 'validation-failed'
  | 'transition-rejected'
  | 'forbidden'
  | 'not-implemented'
  | 'internal'

/** An expected failure. The message is for people: it names the value and the fix. */
export interface ApiError {
  code: ErrorCode
  message: string
  details?: unknown
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError }

/** An error thrown by shared, storage and CLI code, carrying a machine-readable code. */
export class CodeDeskError extends Error {
  readonly code: ErrorCode
  readonly details: unknown

  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message)
    this.name = 'CodeDeskError'
    this.code = code
    this.details = details
  }
}

export function ok<T>(value: T): Result<T> {
  return { ok: true, value }
}

export function fail<T = never>(code: ErrorCode, message: string, details?: unknown): Result<T> {
  return {
    ok: false,
    error: details === undefined ? { code, message } : { code, message, details },
  }
}

/** Converts a thrown value into a failed result; unknown errors become `internal`. */
export function toFailure<T = never>(error: unknown): Result<T> {
  if (error instanceof CodeDeskError) return fail(error.code, error.message, error.details)

  const message = error instanceof Error ? error.message : String(error)

  return fail('internal', `Unexpected error: ${message}`)
}
