import { fail, type Result, toFailure } from '../errors'
import { type ApiMethod, type ContentApi, requestSchemas } from './contract'

export function isApiMethod(name: string): name is ApiMethod {
  return Object.hasOwn(requestSchemas, name)
}

/**
 * Validates an untrusted request against its method's schema, then calls the service. Both
 * transports use this, so a request that passes one passes the other.
 */
export async function dispatchApiCall(
  api: ContentApi,
  method: string,
  rawRequest: unknown,
): Promise<Result<unknown>> {
  if (!isApiMethod(method)) return fail('invalid-argument', `Unknown API method '${method}'.`)

  const parsed = requestSchemas[method].safeParse(rawRequest ?? {})
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, 5)
      .map((issue) => `${issue.path.join('.') || '(request)'}: ${issue.message}`)
    return fail(
      'invalid-argument',
      `Invalid request to ${method}: ${issues.join('; ')}.`,
      parsed.error.issues,
    )
  }

  try {
    const call = api[method] as (request: unknown) => Promise<Result<unknown>>
    return await call(parsed.data)
  } catch (error) {
    return toFailure(error)
  }
}
