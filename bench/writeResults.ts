import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'

import { format, resolveConfig } from 'prettier'

import { formatReport } from './formatReport'
import type { BenchReport } from './runBenchmark'

export const RESULTS_START = '<!-- bench-results:start -->'
export const RESULTS_END = '<!-- bench-results:end -->'

/** Writes the report as `latest.json` in `resultsDir`. */
export async function writeResultsJson(report: BenchReport, resultsDir: string): Promise<string> {
  const path = join(resultsDir, 'latest.json')
  await mkdir(resultsDir, { recursive: true })
  await writeFile(path, `${JSON.stringify(report, null, 2)}\n`)

  return path
}

/**
 * Replaces the text between the results markers of the benchmarks page with this run's table.
 * A page without the markers gets them and the table appended; a missing page is created. The
 * page is formatted with the repository's Prettier settings, so `npm run format` leaves it alone.
 */
export async function writeResultsSection(report: BenchReport, docsPath: string): Promise<void> {
  const section = [RESULTS_START, ...formatReport(report), RESULTS_END].join('\n')
  const current = await readFile(docsPath, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return ''
    throw error
  })

  const start = current.indexOf(RESULTS_START)
  const end = current.indexOf(RESULTS_END)
  const next =
    start !== -1 && end > start
      ? `${current.slice(0, start)}${section}${current.slice(end + RESULTS_END.length)}`
      : `${current}${current === '' || current.endsWith('\n') ? '' : '\n'}\n${section}\n`

  const options = (await resolveConfig(docsPath)) ?? {}
  const formatted = await format(next, { ...options, parser: 'markdown' })

  await mkdir(dirname(docsPath), { recursive: true })
  await writeFile(docsPath, formatted)
}
