// The child process of one bench step: runs the step named on argv and sends its output and
// peak memory to the runner over the IPC channel. A crash exits non-zero with the stack on stderr.
import { isStepId, STEPS } from './steps'
import type { StepInput, StepOutput } from './steps/StepTypes'

/** The message a step's process sends to the runner. */
export interface WorkerReport {
  output: StepOutput
  /** Resident memory before the step started, after the code was loaded. */
  rssAtStartMb: number
  /** Peak resident memory of the whole process (getrusage's ru_maxrss). */
  peakRssMb: number
}

const MIB = 1024 * 1024
const [stepId = '', inputJson = '{}'] = process.argv.slice(2)

if (!isStepId(stepId))
  throw new Error(`Unknown bench step '${stepId}'. Use one of the ids in bench/steps/index.ts.`)
if (process.send === undefined)
  throw new Error('bench/stepWorker.ts must be started by the bench runner with an IPC channel.')

const rssAtStartMb = process.memoryUsage().rss / MIB
const output = await STEPS[stepId](JSON.parse(inputJson) as StepInput)
const report: WorkerReport = {
  output,
  rssAtStartMb,
  peakRssMb: process.resourceUsage().maxRSS / 1024,
}

// Exit at once: the service may still be validating in the background after a step returns.
process.send(report, () => process.exit(0))
