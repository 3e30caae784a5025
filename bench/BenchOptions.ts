import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'

export interface BenchOptions {
  entries: number
  seed: number
  /** Runs of each whole-folder step (open, validate all, export, import); the slow ones use fewer. */
  runs: number
  /** Keep the generated folder instead of deleting it at the end. */
  keep: boolean
  /** Folder for `--cpu-prof` profiles of every step's process, or null for no profiling. */
  profileDir: string | null
  /** The folder latest.json is written to. */
  resultsDir: string
  /** The benchmarks page whose results section is replaced. */
  docsPath: string
}

export const BENCH_USAGE = `Usage: npm run bench -- [--entries N] [--seed S] [--runs R] [options]

Generates a content folder of N entries in a temporary folder and measures opening, search,
entry open and save, validation, export and import through the content service.
  --entries N     entries to generate (default 20000)
  --seed S        seed of the generated content, an integer (default 1)
  --runs R        runs of each whole-folder step; validate all, export and import use
                  at most 3 (default 5)
  --keep          keep the generated folder and print its path
  --profile DIR   write a V8 CPU profile (.cpuprofile) of each step's process to DIR
  --results DIR   folder for latest.json (default: bench/results)
  --docs FILE     page whose results section is replaced (default: docs/benchmarks.md)

Exit status: 0 when every step ran (missed targets included), 1 when a step crashed, 2 for
invalid options.`

function positiveInteger(name: string, value: string): number {
  const parsed = Number(value)
  if (!Number.isInteger(parsed) || parsed < 1) {
    throw new RangeError(`Invalid --${name} '${value}': use a whole number of at least 1.`)
  }

  return parsed
}

/** Parses the bench command line; raises RangeError or TypeError on invalid options. */
export function parseBenchOptions(args: string[], repoRoot: string): BenchOptions {
  const { values } = parseArgs({
    args,
    options: {
      entries: { type: 'string', default: '20000' },
      seed: { type: 'string', default: '1' },
      runs: { type: 'string', default: '5' },
      keep: { type: 'boolean', default: false },
      profile: { type: 'string' },
      results: { type: 'string' },
      docs: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  })
  if (values.help) throw new HelpRequested()

  const seed = Number(values.seed)
  if (!Number.isInteger(seed) || seed < 0) {
    throw new RangeError(`Invalid --seed '${values.seed}': use a whole number of 0 or more.`)
  }

  return {
    entries: positiveInteger('entries', values.entries),
    seed,
    runs: positiveInteger('runs', values.runs),
    keep: values.keep,
    profileDir: values.profile === undefined ? null : resolve(values.profile),
    resultsDir: resolve(values.results ?? join(repoRoot, 'bench', 'results')),
    docsPath: resolve(values.docs ?? join(repoRoot, 'docs', 'benchmarks.md')),
  }
}

/** Raised by `parseBenchOptions` for --help, so the caller prints the usage and exits with 0. */
export class HelpRequested extends Error {
  constructor() {
    super('help requested')
    this.name = 'HelpRequested'
  }
}
