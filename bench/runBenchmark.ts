import { createReadStream, createWriteStream } from 'node:fs'
import { access, mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { createGunzip } from 'node:zlib'

import type { BenchOptions } from './BenchOptions'
import { benchPlan } from './benchPlan'
import { generateContentFolder } from './generate/generateContentFolder'
import { currentLoad, type MachineInfo, machineInfo } from './machineInfo'
import { runPlan } from './runPlan'
import type { StepResult } from './StepResult'

/** The whole run as bench/results/latest.json stores it. */
export interface BenchReport {
  startedAt: string
  durationSeconds: number
  machine: MachineInfo
  options: { entries: number; seed: number; runs: number }
  folder: {
    entries: number
    entryMegabytes: number
    generateSeconds: number
    keptAt: string | null
  }
  steps: StepResult[]
}

/** Returns the path of the full PPRRVU file in the shared data folder beside the repository. */
export function pprrvuSourcePath(repoRoot: string): string {
  return join(repoRoot, '..', 'shared', 'data', 'pprrvu', 'PPRRVU2025_Oct.csv.gz')
}

async function gunzipIfPresent(source: string, target: string): Promise<string | null> {
  try {
    await access(source)
  } catch {
    return null
  }

  await pipeline(createReadStream(source), createGunzip(), createWriteStream(target))
  return target
}

/**
 * Generates the folder in a temporary directory, runs every step of the plan against it and
 * deletes it again unless `options.keep` is set.
 */
export async function runBenchmark(
  options: BenchOptions,
  repoRoot: string,
  log: (line: string) => void,
): Promise<BenchReport> {
  const startedAt = new Date()
  const loadAtStart = currentLoad()
  const temp = await mkdtemp(join(tmpdir(), 'codedesk-bench-'))
  const folder = join(temp, 'content')
  const workDir = join(temp, 'work')
  await mkdir(workDir)

  try {
    log(`Generating ${options.entries} entries (seed ${options.seed}) in ${folder}`)
    const generateStart = performance.now()
    const generated = await generateContentFolder(folder, {
      entries: options.entries,
      seed: options.seed,
    })
    const generateSeconds = (performance.now() - generateStart) / 1000
    const pprrvuPath = await gunzipIfPresent(
      pprrvuSourcePath(repoRoot),
      join(temp, 'PPRRVU2025_Oct.csv'),
    )

    const steps = await runPlan(
      benchPlan(options.runs),
      { repoRoot, folder, workDir, seed: options.seed, pprrvuPath, profileDir: options.profileDir },
      log,
    )

    return {
      startedAt: startedAt.toISOString(),
      durationSeconds: Math.round((Date.now() - startedAt.getTime()) / 100) / 10,
      machine: machineInfo(loadAtStart),
      options: { entries: options.entries, seed: options.seed, runs: options.runs },
      folder: {
        entries: generated.codes.length,
        entryMegabytes: Math.round(generated.entryBytes / 1024 / 1024),
        generateSeconds: Math.round(generateSeconds * 10) / 10,
        keptAt: options.keep ? folder : null,
      },
      steps,
    }
  } finally {
    if (options.keep) await rm(workDir, { recursive: true, force: true })
    else await rm(temp, { recursive: true, force: true })
  }
}
