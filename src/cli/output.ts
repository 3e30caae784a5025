/** The output streams of a command. Tests pass buffers to read what a run printed. */
export interface CliOutput {
  out(text: string): void
  err(text: string): void
}

// True once the reader of standard output has gone, as when the output is piped into `head`.
let stdoutClosed = false
let watchingStdout = false

/**
 * Returns the output of the running process. A closed pipe on standard output stops the printing
 * and not the command, so the exit status still reports what the command found.
 */
export function processOutput(): CliOutput {
  if (!watchingStdout) {
    watchingStdout = true
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error
      stdoutClosed = true
    })
  }

  return {
    out: (text) => {
      if (!stdoutClosed) process.stdout.write(`${text}\n`)
    },
    err: (text) => process.stderr.write(`${text}\n`),
  }
}

/** Exit codes shared by every command. */
export const EXIT_OK = 0
export const EXIT_PROBLEMS = 1
export const EXIT_USAGE = 2
