import { ACCESS_TOKEN_PARAM } from '../../../shared/api/browserMode'

/**
 * Takes browser mode's access token out of the page URL and returns it, or null when the URL has
 * none (after a reload the server's HttpOnly cookie carries it instead). The token is removed
 * from the address bar and history so it does not end up in bookmarks or screenshots.
 */
export function takeAccessTokenFromUrl(location: Location, history: History): string | null {
  const url = new URL(location.href)
  const token = url.searchParams.get(ACCESS_TOKEN_PARAM)
  if (token === null) return null

  url.searchParams.delete(ACCESS_TOKEN_PARAM)
  history.replaceState(history.state, '', `${url.pathname}${url.search}${url.hash}`)

  return token
}
