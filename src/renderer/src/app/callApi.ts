import type { ErrorCode, Result } from '../../../shared/errors'

/** A failed ContentApi call, carrying the service's error code and its message for people. */
export class ApiCallError extends Error {
  readonly code: ErrorCode

  constructor(code: ErrorCode, message: string) {
    super(message)
    this.name = 'ApiCallError'
    this.code = code
  }
}

/** Awaits a ContentApi call and returns its value, or throws `ApiCallError` when it failed. */
export async function callApi<T>(pending: Promise<Result<T>>): Promise<T> {
  const result = await pending
  if (!result.ok) throw new ApiCallError(result.error.code, result.error.message)

  return result.value
}

/** Returns the message to show for a thrown value. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
