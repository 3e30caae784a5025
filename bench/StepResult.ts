import { PEAK_RSS_TARGET_MB, type StepSpec } from './benchPlan'
import { median, percentile } from './stats'
import type { StepId } from './steps'
import type { WorkerReport } from './stepWorker'

/** One step's figures as latest.json stores them; times in milliseconds, memory in MiB. */
export interface StepResult {
  id: StepId
  label: string
  status: 'ok' | 'not-available' | 'failed'
  /** The reason the step is not available, or the crash message. */
  reason: string | null
  processes: number
  samples: number
  medianMs: number | null
  p50Ms: number | null
  p95Ms: number | null
  targetMetric: 'median' | 'p95'
  targetMs: number | null
  targetMet: boolean | null
  baseline: StepId | null
  baselineRatio: number | null
  maxBaselineRatio: number | null
  baselineRatioMet: boolean | null
  peakRssMb: number | null
  rssAtStartMb: number | null
  memoryMet: boolean | null
  details: Record<string, number | string>
}

function round(value: number, digits = 1): number {
  const scale = 10 ** digits
  return Math.round(value * scale) / scale
}

/** Returns the figure a target or ratio applies to: the median or the p95. */
export function headlineMs(result: StepResult): number | null {
  return result.targetMetric === 'p95' ? result.p95Ms : result.medianMs
}

function emptyResult(spec: StepSpec, status: StepResult['status'], reason: string): StepResult {
  return {
    id: spec.id,
    label: spec.label,
    status,
    reason,
    processes: 0,
    samples: 0,
    medianMs: null,
    p50Ms: null,
    p95Ms: null,
    targetMetric: spec.targetMetric,
    targetMs: spec.targetMs,
    targetMet: null,
    baseline: spec.baseline,
    baselineRatio: null,
    maxBaselineRatio: spec.maxBaselineRatio,
    baselineRatioMet: null,
    peakRssMb: null,
    rssAtStartMb: null,
    memoryMet: null,
    details: {},
  }
}

export function failedResult(spec: StepSpec, error: unknown): StepResult {
  return emptyResult(spec, 'failed', error instanceof Error ? error.message : String(error))
}

/**
 * Pools the reports of a step's processes into its figures and checks them against the targets.
 * `baselines` contains the results of the steps that ran before, so the ratio can be computed.
 */
export function summarizeStep(
  spec: StepSpec,
  reports: readonly WorkerReport[],
  baselines: ReadonlyMap<StepId, StepResult>,
): StepResult {
  const unavailable = reports.find((report) => report.output.status === 'not-available')
  if (unavailable !== undefined && unavailable.output.status === 'not-available')
    return emptyResult(spec, 'not-available', unavailable.output.reason)

  const samples: number[] = []
  const details: Record<string, number | string> = {}
  for (const report of reports) {
    if (report.output.status !== 'ok') continue
    samples.push(...report.output.samples)
    Object.assign(details, report.output.details)
  }

  const result = emptyResult(spec, 'ok', '')
  result.reason = null
  result.processes = reports.length
  result.samples = samples.length
  result.medianMs = round(median(samples))
  if (spec.report === 'percentiles') {
    result.p50Ms = round(percentile(samples, 50), 2)
    result.p95Ms = round(percentile(samples, 95), 2)
  }
  result.peakRssMb = round(Math.max(...reports.map((report) => report.peakRssMb)), 0)
  result.rssAtStartMb = round(Math.max(...reports.map((report) => report.rssAtStartMb)), 0)
  result.memoryMet = result.peakRssMb <= PEAK_RSS_TARGET_MB
  result.details = details

  const figure = headlineMs(result)
  if (figure !== null && spec.targetMs !== null) result.targetMet = figure <= spec.targetMs

  const baseline = spec.baseline === null ? undefined : baselines.get(spec.baseline)
  const baselineFigure = baseline === undefined ? null : headlineMs(baseline)
  if (figure !== null && baselineFigure !== null && baselineFigure > 0) {
    result.baselineRatio = round(figure / baselineFigure, 2)
    if (spec.maxBaselineRatio !== null)
      result.baselineRatioMet = result.baselineRatio <= spec.maxBaselineRatio
  }

  return result
}
