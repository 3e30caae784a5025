// The `npm run bench` command: see BENCH_USAGE in BenchOptions.ts and docs/benchmarks.md.
import { join } from 'node:path'

import { BENCH_USAGE, HelpRequested, parseBenchOptions } from './BenchOptions'
import { formatReport, hasCrashedStep } from './formatReport'
import { runBenchmark } from './runBenchmark'
import { writeResultsJson, writeResultsSection } from './writeResults'

const EXIT_CRASHED = 1
const EXIT_USAGE = 2
const repoRoot = join(import.meta.dirname, '..')

async function main(args: string[]): Promise<number> {
  let options
  try {
    options = parseBenchOptions(args, repoRoot)
  } catch (error) {
    if (error instanceof HelpRequested) {
      process.stdout.write(`${BENCH_USAGE}\n`)
      return 0
    }
    process.stderr.write(`bench: ${(error as Error).message}\n\n${BENCH_USAGE}\n`)
    return EXIT_USAGE
  }

  const report = await runBenchmark(options, repoRoot, (line) => process.stdout.write(`${line}\n`))
  const jsonPath = await writeResultsJson(report, options.resultsDir)
  await writeResultsSection(report, options.docsPath)

  process.stdout.write(`\n${formatReport(report).join('\n')}\n\n`)
  process.stdout.write(`Wrote ${jsonPath} and the results section of ${options.docsPath}.\n`)
  if (report.folder.keptAt !== null)
    process.stdout.write(`The generated folder is kept at ${report.folder.keptAt}.\n`)

  if (hasCrashedStep(report)) {
    process.stderr.write('bench: at least one step crashed; see the table above.\n')
    return EXIT_CRASHED
  }

  return 0
}

process.exitCode = await main(process.argv.slice(2))
