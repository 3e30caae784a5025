import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'

import type { StepSpec } from './benchPlan'
import { runStepProcess } from './runStepProcess'
import { failedResult, type StepResult, summarizeStep } from './StepResult'
import type { StepId } from './steps'
import type { StepInput } from './steps/StepTypes'
import type { WorkerReport } from './stepWorker'

export interface PlanInput {
  repoRoot: string
  folder: string
  /** A folder for the steps' scratch folders, one new one per process. */
  workDir: string
  seed: number
  pprrvuPath: string | null
  profileDir: string | null
}

/**
 * Runs each step of the plan in its own processes, one process at a time. A step that crashes is
 * recorded as failed and the plan goes on; a step that reports `not-available` stops after its
 * first process.
 */
export async function runPlan(
  plan: readonly StepSpec[],
  input: PlanInput,
  log: (line: string) => void,
): Promise<StepResult[]> {
  const results = new Map<StepId, StepResult>()

  for (const spec of plan) {
    const reports: WorkerReport[] = []
    let result: StepResult

    try {
      for (let index = 0; index < spec.processes; index++) {
        const scratchDir = join(input.workDir, `${spec.id}-${index + 1}`)
        await mkdir(scratchDir, { recursive: true })
        const stepInput: StepInput = {
          folder: input.folder,
          scratchDir,
          seed: input.seed,
          runs: spec.runsPerProcess,
          pprrvuPath: input.pprrvuPath,
        }
        const report = await runStepProcess(spec.id, stepInput, {
          repoRoot: input.repoRoot,
          profileDir: input.profileDir,
          profileName: `${spec.id}-${index + 1}`,
        })
        reports.push(report)
        if (report.output.status === 'not-available') break
      }
      result = summarizeStep(spec, reports, results)
    } catch (error) {
      result = failedResult(spec, error)
    }

    results.set(spec.id, result)
    log(progressLine(result))
  }

  return [...results.values()]
}

function progressLine(result: StepResult): string {
  if (result.status !== 'ok') return `  ${result.id}: ${result.status}: ${result.reason ?? ''}`

  const figure =
    result.p95Ms === null
      ? `median ${result.medianMs} ms`
      : `p50 ${result.p50Ms} ms, p95 ${result.p95Ms} ms`

  return `  ${result.id}: ${figure}, peak RSS ${result.peakRssMb} MiB`
}
