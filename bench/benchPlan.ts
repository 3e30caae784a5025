import type { StepId } from './steps'

/** The run settings and targets of one step. */
export interface StepSpec {
  id: StepId
  label: string
  /** Child processes to start, one after another; their samples are pooled. */
  processes: number
  /** Runs inside each process, passed to the step as `runs`. */
  runsPerProcess: number
  /** `median` for whole-folder steps, `percentiles` for per-operation steps (p50 and p95). */
  report: 'median' | 'percentiles'
  /** The figure a target applies to: the median or the 95th percentile. */
  targetMetric: 'median' | 'p95'
  targetMs: number | null
  /** The baseline step whose same figure this step is divided by. */
  baseline: StepId | null
  maxBaselineRatio: number | null
}

/** Peak resident memory allowed in any step's process. */
export const PEAK_RSS_TARGET_MB = 600

/**
 * Returns the steps in the order they run. Steps that change entry files (save and its baseline) run after
 * the ones that only read, so those measure the folder as generated. `runs` is the --runs option;
 * the slow whole-folder steps (validate all, export, import, the copy baseline) run at most 3 times.
 */
export function benchPlan(runs: number): StepSpec[] {
  const slowRuns = Math.min(runs, 3)
  const none = { targetMs: null, baseline: null, maxBaselineRatio: null }

  return [
    {
      id: 'baseline-read-all',
      label: 'baseline: readdir + readFile + JSON.parse of every entry',
      processes: runs,
      runsPerProcess: 1,
      report: 'median',
      targetMetric: 'median',
      ...none,
    },
    {
      id: 'baseline-read-one',
      label: 'baseline: readFile + JSON.parse of one entry',
      processes: 1,
      runsPerProcess: 1,
      report: 'percentiles',
      targetMetric: 'p95',
      ...none,
    },
    {
      id: 'baseline-copy-all',
      label: 'baseline: read and write every entry into a new folder',
      processes: slowRuns,
      runsPerProcess: 1,
      report: 'median',
      targetMetric: 'median',
      ...none,
    },
    {
      id: 'open-uncached',
      label: 'folder open to list ready, no summary cache',
      processes: runs,
      runsPerProcess: 1,
      report: 'median',
      targetMetric: 'median',
      targetMs: 1_500,
      baseline: 'baseline-read-all',
      maxBaselineRatio: 1.5,
    },
    {
      id: 'open',
      label: 'folder open to list ready, summary cache current',
      processes: runs,
      runsPerProcess: 1,
      report: 'median',
      targetMetric: 'median',
      targetMs: 1_500,
      baseline: 'baseline-read-all',
      maxBaselineRatio: 1.5,
    },
    {
      id: 'open-validated',
      label: 'open to problem counts ready (background validation)',
      processes: slowRuns,
      runsPerProcess: 1,
      report: 'median',
      targetMetric: 'median',
      ...none,
    },
    {
      id: 'search',
      label: 'search keystroke (200 queries)',
      processes: 1,
      runsPerProcess: 1,
      report: 'percentiles',
      targetMetric: 'p95',
      ...none,
      targetMs: 50,
    },
    {
      id: 'get-entry',
      label: 'open one entry (getEntry, 100 entries)',
      processes: 1,
      runsPerProcess: 1,
      report: 'percentiles',
      targetMetric: 'p95',
      targetMs: 150,
      baseline: 'baseline-read-one',
      maxBaselineRatio: null,
    },
    {
      id: 'validate-entry',
      label: 'validate one entry (validateEntry, 200 edits)',
      processes: 1,
      runsPerProcess: 1,
      report: 'percentiles',
      targetMetric: 'p95',
      ...none,
      targetMs: 20,
    },
    {
      id: 'validate-folder',
      label: 'validate the whole folder (validateFolder)',
      processes: 1,
      runsPerProcess: slowRuns,
      report: 'median',
      targetMetric: 'median',
      targetMs: 5_000,
      baseline: 'baseline-read-all',
      maxBaselineRatio: null,
    },
    {
      id: 'baseline-write-one',
      label: 'baseline: writeFile + rename of one entry',
      processes: 1,
      runsPerProcess: 1,
      report: 'percentiles',
      targetMetric: 'p95',
      ...none,
    },
    {
      id: 'save',
      label: 'save one entry (saveEntry, 100 edits)',
      processes: 1,
      runsPerProcess: 1,
      report: 'percentiles',
      targetMetric: 'p95',
      targetMs: 30,
      baseline: 'baseline-write-one',
      maxBaselineRatio: null,
    },
    {
      id: 'export',
      label: 'export the whole folder (exportBundle, json)',
      processes: 1,
      runsPerProcess: slowRuns,
      report: 'median',
      targetMetric: 'median',
      targetMs: 20_000,
      baseline: 'baseline-copy-all',
      maxBaselineRatio: null,
    },
    {
      id: 'import',
      label: 'import the PPRRVU file (applyImport, rvu)',
      processes: 1,
      runsPerProcess: slowRuns,
      report: 'median',
      targetMetric: 'median',
      ...none,
      targetMs: 5_000,
    },
  ]
}
