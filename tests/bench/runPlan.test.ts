import { execFile } from 'node:child_process'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { StepSpec } from '../../bench/benchPlan'
import { hasCrashedStep } from '../../bench/formatReport'
import { generateContentFolder } from '../../bench/generate/generateContentFolder'
import type { BenchReport } from '../../bench/runBenchmark'
import { runPlan } from '../../bench/runPlan'
import { percentile } from '../../bench/stats'
import type { StepResult } from '../../bench/StepResult'
import { summarizeStep } from '../../bench/StepResult'
import type { WorkerReport } from '../../bench/stepWorker'
import { RESULTS_END, RESULTS_START, writeResultsSection } from '../../bench/writeResults'
import { makeTempFolder } from '../helpers/tempFolder'

const repoRoot = join(import.meta.dirname, '..', '..')
const run = promisify(execFile)

let temp: { path: string; remove: () => Promise<void> }

function spec(overrides: Partial<StepSpec>): StepSpec {
  return {
    id: 'open',
    label: 'folder open to list ready',
    processes: 1,
    runsPerProcess: 1,
    report: 'median',
    targetMetric: 'median',
    targetMs: null,
    baseline: null,
    maxBaselineRatio: null,
    ...overrides,
  }
}

function workerReport(samples: number[], peakRssMb = 100): WorkerReport {
  return { output: { status: 'ok', samples }, rssAtStartMb: 50, peakRssMb }
}

beforeAll(async () => {
  temp = await makeTempFolder('codedesk-runplan-')
  await generateContentFolder(join(temp.path, 'content'), { entries: 30, seed: 4, size: 'small' })
})

afterAll(async () => {
  await temp?.remove()
})

describe('runPlan', () => {
  it('records a crashed step and runs the next one', async () => {
    const plan = [
      spec({ id: 'open' }),
      spec({ id: 'baseline-read-one', report: 'percentiles', targetMetric: 'p95' }),
    ]
    const lines: string[] = []

    const [crashed, next] = await runPlan(
      plan,
      {
        repoRoot,
        folder: join(temp.path, 'missing'),
        workDir: join(temp.path, 'work'),
        seed: 1,
        pprrvuPath: null,
        profileDir: null,
      },
      (line) => lines.push(line),
    )

    expect(crashed?.status).toBe('failed')
    expect(crashed?.reason).toMatch(/does not exist/)
    expect(next?.status).toBe('failed')
    expect(lines).toHaveLength(2)
  }, 60_000)

  it('runs a step in its own process and reports its memory', async () => {
    const [result] = await runPlan(
      [spec({ id: 'baseline-read-one', report: 'percentiles', targetMetric: 'p95' })],
      {
        repoRoot,
        folder: join(temp.path, 'content'),
        workDir: join(temp.path, 'work'),
        seed: 1,
        pprrvuPath: null,
        profileDir: null,
      },
      () => undefined,
    )

    expect(result?.status).toBe('ok')
    expect(result?.samples).toBe(30)
    expect(result?.peakRssMb).toBeGreaterThan(0)
  }, 60_000)
})

describe('summarizeStep', () => {
  it('divides by the baseline and checks each target', () => {
    const baseline = summarizeStep(
      spec({ id: 'baseline-read-all' }),
      [workerReport([100])],
      new Map(),
    )
    const open = summarizeStep(
      spec({ targetMs: 1_500, baseline: 'baseline-read-all', maxBaselineRatio: 1.5 }),
      [workerReport([180], 700), workerReport([200]), workerReport([220])],
      new Map([['baseline-read-all', baseline]]),
    )

    expect(open.medianMs).toBe(200)
    expect(open.targetMet).toBe(true)
    expect(open.baselineRatio).toBe(2)
    expect(open.baselineRatioMet).toBe(false)
    expect(open.peakRssMb).toBe(700)
    expect(open.memoryMet).toBe(false)
  })

  it('reports a step that is not available yet', () => {
    const result = summarizeStep(
      spec({ id: 'import' }),
      [{ output: { status: 'not-available', reason: 'not built' }, rssAtStartMb: 1, peakRssMb: 1 }],
      new Map(),
    )

    expect(result.status).toBe('not-available')
    expect(result.reason).toBe('not built')
    expect(result.targetMet).toBeNull()
  })
})

describe('percentile', () => {
  it('uses the nearest rank', () => {
    const samples = Array.from({ length: 200 }, (_, index) => index + 1)

    expect(percentile(samples, 50)).toBe(100)
    expect(percentile(samples, 95)).toBe(190)
    expect(percentile([7], 95)).toBe(7)
  })
})

describe('hasCrashedStep', () => {
  it('is true only when a step failed', () => {
    const report = (status: StepResult['status']) =>
      ({ steps: [{ status }] }) as unknown as BenchReport

    expect(hasCrashedStep(report('failed'))).toBe(true)
    expect(hasCrashedStep(report('not-available'))).toBe(false)
    expect(hasCrashedStep(report('ok'))).toBe(false)
  })
})

describe('writeResultsSection', () => {
  it('replaces only the marked section', async () => {
    const path = join(temp.path, 'benchmarks.md')
    await writeFile(path, `# Title\n\n${RESULTS_START}\nold table\n${RESULTS_END}\n\n## Analysis\n`)
    const report: BenchReport = {
      startedAt: '2026-01-01T00:00:00.000Z',
      durationSeconds: 1,
      machine: {
        cpu: 'Test CPU',
        cores: 2,
        memoryGiB: 4,
        node: 'v20',
        os: 'Linux',
        loadAverage: { start: 0, end: 0 },
      },
      options: { entries: 10, seed: 1, runs: 1 },
      folder: { entries: 10, entryMegabytes: 0, generateSeconds: 0, keptAt: null },
      steps: [],
    }

    await writeResultsSection(report, path)
    const text = await readFile(path, 'utf8')

    expect(text.startsWith('# Title\n\n')).toBe(true)
    expect(text.endsWith('\n\n## Analysis\n')).toBe(true)
    expect(text).not.toContain('old table')
    expect(text).toContain('Test CPU, 2 cores')
  })
})

describe('bench command', () => {
  it('exits with 2 on an invalid option', async () => {
    const args = ['--import', 'tsx', 'bench/run.ts', '--entries', '0']
    const failure = await run(process.execPath, args, { cwd: repoRoot }).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => error,
    )

    expect(failure.code).toBe(2)
    expect(failure.stderr).toMatch(/Invalid --entries '0'/)
  })
})
