import { PEAK_RSS_TARGET_MB } from './benchPlan'
import type { BenchReport } from './runBenchmark'
import type { StepResult } from './StepResult'

function formatMs(value: number | null): string {
  if (value === null) return ''
  return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value} ms`
}

function verdict(met: boolean | null): string {
  if (met === null) return ''
  return met ? 'met' : '**missed**'
}

function runsCell(result: StepResult): string {
  if (result.status !== 'ok') return ''
  return result.processes > 1 ? `${result.samples} (1 per process)` : String(result.samples)
}

function targetCell(result: StepResult): string {
  const parts: string[] = []
  if (result.targetMs !== null) parts.push(`${result.targetMetric} ≤ ${formatMs(result.targetMs)}`)
  if (result.maxBaselineRatio !== null) parts.push(`≤ ${result.maxBaselineRatio}× baseline`)

  return parts.join(', ')
}

function metCell(result: StepResult): string {
  const checks = [result.targetMet, result.baselineRatioMet, result.memoryMet].filter(
    (check): check is boolean => check !== null,
  )
  if (checks.length === 0) return ''

  return verdict(checks.every(Boolean))
}

function row(result: StepResult): string {
  if (result.status !== 'ok') {
    const status = result.status === 'failed' ? '**crashed**' : 'not available'
    return `| ${result.label} | | ${status} | | ${targetCell(result)} | | | |`
  }

  const ratio =
    result.baselineRatio === null ? '' : `${result.baselineRatio}× ${result.targetMetric}`
  const cells = [
    result.label,
    runsCell(result),
    formatMs(result.p50Ms ?? result.medianMs),
    formatMs(result.p95Ms),
    targetCell(result),
    ratio,
    String(result.peakRssMb),
    metCell(result),
  ]

  return `| ${cells.join(' | ')} |`
}

/** Renders a run as Markdown: the machine, the folder, the table, and notes on unusual steps. */
export function formatReport(report: BenchReport): string[] {
  const { machine, folder } = report
  const lines = [
    `Run of ${report.startedAt} on ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.os}; 1-minute load average ${machine.loadAverage.start} at the start and ${machine.loadAverage.end} at the end.`,
    `Folder: ${folder.entries} generated entries (seed ${report.options.seed}), ${folder.entryMegabytes} MiB of entry files, generated in ${folder.generateSeconds} s. Whole run: ${report.durationSeconds} s.`,
    '',
    '| Step | Samples | p50 or median | p95 | Target | Ratio to baseline | Peak RSS (MiB) | Targets |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...report.steps.map(row),
    '',
    `Every step also has the target peak RSS ≤ ${PEAK_RSS_TARGET_MB} MiB, counted in the Targets column.`,
  ]

  const notes = report.steps.filter(
    (result) => result.status !== 'ok' || Object.keys(result.details).length > 0,
  )
  if (notes.length > 0) lines.push('')
  for (const result of notes) {
    const text =
      result.status === 'ok'
        ? Object.entries(result.details)
            .map(([key, value]) => `${key} ${value}`)
            .join(', ')
        : (result.reason ?? '').split('\n').join(' ')
    lines.push(`- ${result.id}: ${text}`)
  }

  return lines
}

/** Returns whether any step crashed, which makes the bench command exit with 1. */
export function hasCrashedStep(report: BenchReport): boolean {
  return report.steps.some((result) => result.status === 'failed')
}
