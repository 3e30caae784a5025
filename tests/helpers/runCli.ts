import { main } from '../../src/cli/main'
import type { CliOutput } from '../../src/cli/output'

/** Returns a CliOutput that keeps what a run printed. */
export function bufferOutput(): CliOutput & { stdout: () => string; stderr: () => string } {
  const out: string[] = []
  const err: string[] = []

  return {
    out: (text) => out.push(text),
    err: (text) => err.push(text),
    stdout: () => out.join('\n'),
    stderr: () => err.join('\n'),
  }
}

/** Runs the CLI in this process; returns its exit code and what it printed. */
export async function runCli(
  args: string[],
): Promise<{ code: number; stdout: string; stderr: string }> {
  const output = bufferOutput()
  const code = await main(args, output)

  return { code, stdout: output.stdout(), stderr: output.stderr() }
}
