/** The output streams of a command. Tests pass buffers to read what a run printed. */
export interface CliOutput {
  out(text: string): void
  err(text: string): void
}

export const processOutput: CliOutput = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
}

/** Exit codes shared by every command. */
export const EXIT_OK = 0
export const EXIT_PROBLEMS = 1
export const EXIT_USAGE = 2
