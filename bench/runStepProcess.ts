import { fork } from 'node:child_process'
import { join } from 'node:path'

import type { StepId } from './steps'
import type { StepInput } from './steps/StepTypes'
import type { WorkerReport } from './stepWorker'

const WORKER_PATH = join(import.meta.dirname, 'stepWorker.ts')
// Lines of a crashed step's stderr kept for the report.
const STDERR_TAIL_LINES = 12

export interface StepProcessOptions {
  repoRoot: string
  /** Folder for a V8 CPU profile of the process, or null. */
  profileDir: string | null
  /** Names the profile file. */
  profileName: string
}

/**
 * Runs one step in a new Node process (TypeScript through tsx) and returns what it reported.
 * Raises with the tail of the process's stderr when it exits without a report.
 */
export function runStepProcess(
  id: StepId,
  input: StepInput,
  options: StepProcessOptions,
): Promise<WorkerReport> {
  const profileArgs =
    options.profileDir === null
      ? []
      : [
          '--cpu-prof',
          `--cpu-prof-dir=${options.profileDir}`,
          `--cpu-prof-name=${options.profileName}.cpuprofile`,
        ]

  return new Promise((resolve, reject) => {
    const child = fork(WORKER_PATH, [id, JSON.stringify(input)], {
      cwd: options.repoRoot,
      execArgv: ['--import', 'tsx', ...profileArgs],
      env: { ...process.env, CODEDESK_LOG: 'quiet' },
      stdio: ['ignore', 'inherit', 'pipe', 'ipc'],
    })
    let report: WorkerReport | null = null
    let stderr = ''

    child.stderr?.setEncoding('utf8')
    child.stderr?.on('data', (chunk: string) => {
      stderr += chunk
    })
    child.on('message', (message) => {
      report = message as WorkerReport
    })
    child.on('error', reject)
    child.on('exit', (code, signal) => {
      if (report !== null && code === 0) {
        resolve(report)
        return
      }

      const tail = stderr.trim().split('\n').slice(-STDERR_TAIL_LINES).join('\n')
      const how = signal === null ? `exit status ${code}` : `signal ${signal}`
      reject(new Error(`step ${id} crashed (${how})${tail === '' ? '' : `:\n${tail}`}`))
    })
  })
}
