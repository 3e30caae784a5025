import type { Logger } from '../../src/storage/logger'

/** Creates a logger that appends each line to `lines` instead of writing to stderr. */
export function recordingLogger(lines: string[] = [], scope = 'test'): Logger {
  const write = (level: string) => (message: string, fields?: Record<string, unknown>) => {
    lines.push(`${level} [${scope}] ${message} ${JSON.stringify(fields ?? {})}`)
  }

  return {
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    child: (child) => recordingLogger(lines, `${scope}:${child}`),
  }
}
