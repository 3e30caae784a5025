/** A scoped logger for the main process, browser-mode server and CLI; output goes to stderr. */
export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void
  warn(message: string, fields?: Record<string, unknown>): void
  error(message: string, fields?: Record<string, unknown>): void
  child(scope: string): Logger
}

type Level = 'info' | 'warn' | 'error'

const quietLevels = new Set<Level>(process.env.CODEDESK_LOG === 'quiet' ? ['info', 'warn'] : [])

function write(
  level: Level,
  scope: string,
  message: string,
  fields?: Record<string, unknown>,
): void {
  if (quietLevels.has(level)) return

  const suffix = fields === undefined ? '' : ` ${JSON.stringify(fields)}`
  process.stderr.write(`${new Date().toISOString()} ${level} [${scope}] ${message}${suffix}\n`)
}

export function createLogger(scope: string): Logger {
  return {
    info: (message, fields) => write('info', scope, message, fields),
    warn: (message, fields) => write('warn', scope, message, fields),
    error: (message, fields) => write('error', scope, message, fields),
    child: (childScope) => createLogger(`${scope}:${childScope}`),
  }
}
