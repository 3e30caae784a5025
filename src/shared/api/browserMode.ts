/** The query parameter that carries browser mode's access token in the URL the server prints. */
export const ACCESS_TOKEN_PARAM = 'token'

/** The request header in which the renderer's client sends the access token with API calls. */
export const ACCESS_TOKEN_HEADER = 'X-CodeDesk-Token'

/** The path prefix of browser mode's API: `POST /api/<method>`. */
export const API_PATH_PREFIX = '/api/'
