import { resolve } from 'node:path'
import { parseArgs } from 'node:util'

import { CodeDeskError } from '../shared/errors'
import { createLogger } from '../storage/logger'
import { ensureRendererBuild } from './ensureRendererBuild'
import { startServer } from './startServer'

const DEFAULT_PORT = 5175

export const SERVE_USAGE = `Usage: npm run serve -- [--content DIR] [--port N]

Serves CodeDesk in a browser, on 127.0.0.1 only. Prints one line: the address to open, which
carries this launch's access token.

Options:
  --content DIR  content folder to open (default: content/ in this repository)
  --port N       TCP port to listen on, 0 for any free port (default: ${DEFAULT_PORT})
  -h, --help     show this help`

function parsePort(text: string | undefined): number {
  if (text === undefined) return DEFAULT_PORT

  const port = Number(text)
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new CodeDeskError(
      'invalid-argument',
      `--port ${text} is invalid. Give a whole number from 0 to 65535.`,
    )
  }

  return port
}

/**
 * Runs browser mode from the command line: builds the renderer if stale, starts the server, prints
 * its address as the only line on stdout and stops on SIGINT or SIGTERM. Returns the exit code
 * for a failed start; a running server exits from its signal handler.
 */
export async function runServe(argv: string[], defaultContentDir: string): Promise<number> {
  const log = createLogger('serve')

  let contentDir: string
  let port: number
  try {
    const { values } = parseArgs({
      args: argv,
      options: {
        content: { type: 'string' },
        port: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    })
    if (values.help === true) {
      process.stdout.write(`${SERVE_USAGE}\n`)
      return 0
    }
    contentDir = resolve(values.content ?? defaultContentDir)
    port = parsePort(values.port)
  } catch (error) {
    process.stderr.write(`codedesk serve: ${(error as Error).message}\n\n${SERVE_USAGE}\n`)
    return 2
  }

  try {
    await ensureRendererBuild(log)
    const server = await startServer({ contentDir, port, log })
    process.stdout.write(`${server.url}\n`)

    // npm and the terminal may both deliver Ctrl+C, so a repeated signal must not cut the
    // shutdown short before the folder lock is released.
    let stopping = false
    const stop = (signal: NodeJS.Signals) => {
      if (stopping) return
      stopping = true
      log.info('stopping', { signal })
      server.close().then(
        () => process.exit(0),
        (error: unknown) => {
          log.error('stopping failed', { error: String(error) })
          process.exit(1)
        },
      )
    }
    process.on('SIGINT', stop)
    process.on('SIGTERM', stop)

    return 0
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      process.stderr.write(
        `codedesk serve: port ${port} is already in use. Choose another with --port N (after --, as in npm start -- --port N), or --port 0 for any free port.\n`,
      )
      return 2
    }
    const message = error instanceof Error ? error.message : String(error)
    process.stderr.write(`codedesk serve: ${message}\n`)
    return error instanceof CodeDeskError && error.code !== 'internal' ? 2 : 1
  }
}
