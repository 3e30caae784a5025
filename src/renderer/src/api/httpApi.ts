import { ACCESS_TOKEN_HEADER, API_PATH_PREFIX } from '../../../shared/api/browserMode'
import { API_METHODS, type ApiMethod, type ContentApi } from '../../../shared/api/contract'
import { fail, type Result } from '../../../shared/errors'

function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false
  if (value.ok === true) return 'value' in value

  return (
    value.ok === false &&
    'error' in value &&
    typeof value.error === 'object' &&
    value.error !== null &&
    'code' in value.error &&
    'message' in value.error
  )
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

async function readResult(response: Response, method: ApiMethod): Promise<Result<unknown>> {
  const text = await response.text()

  if (response.status === 401 || response.status === 403) {
    return fail(
      'forbidden',
      `The browser-mode server rejected ${method}: ${text.trim() || response.statusText}. ` +
        'Open the address with ?token= that `npm run serve` printed.',
    )
  }

  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    return fail(
      'io',
      `The server sent a response to ${method} that is not JSON (HTTP ${response.status}). ` +
        'Check the terminal that runs `npm run serve`.',
    )
  }
  if (!isResult(body)) {
    return fail('io', `The server sent a response to ${method} that is not a result object.`)
  }

  return body
}

/**
 * Builds the ContentApi over browser mode's `POST /api/<method>`. Every failure, including a
 * network error or a server that has stopped, comes back as a failed result rather than a throw.
 */
export function createHttpApi(fetchFn: typeof fetch, accessToken: string | null): ContentApi {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' }
  if (accessToken !== null) headers[ACCESS_TOKEN_HEADER] = accessToken

  const call = async (method: ApiMethod, request: unknown): Promise<Result<unknown>> => {
    let response: Response
    try {
      response = await fetchFn(`${API_PATH_PREFIX}${method}`, {
        method: 'POST',
        headers,
        body: JSON.stringify(request ?? {}),
        credentials: 'same-origin',
        cache: 'no-store',
      })
    } catch (error) {
      return fail(
        'io',
        `Could not reach the CodeDesk server for ${method}: ${errorText(error)}. ` +
          'Check that `npm run serve` is still running.',
      )
    }

    try {
      return await readResult(response, method)
    } catch (error) {
      return fail('io', `Reading the server's response to ${method} failed: ${errorText(error)}.`)
    }
  }

  const api: Partial<Record<ApiMethod, (request: unknown) => Promise<Result<unknown>>>> = {}
  for (const method of API_METHODS) api[method] = (request) => call(method, request)

  return api as ContentApi
}
