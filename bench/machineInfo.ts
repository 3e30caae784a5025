import { cpus, loadavg, release, totalmem, type as osType } from 'node:os'

export interface MachineInfo {
  cpu: string
  cores: number
  memoryGiB: number
  node: string
  os: string
  /** The 1-minute load average when the run started and when it ended; other work slows steps. */
  loadAverage: { start: number; end: number }
}

/** Returns the 1-minute load average, rounded to a tenth. */
export function currentLoad(): number {
  return Math.round((loadavg()[0] ?? 0) * 10) / 10
}

/** Describes the machine a run measured, for the report beside its figures. */
export function machineInfo(loadAtStart: number): MachineInfo {
  const processors = cpus()

  return {
    cpu: processors[0]?.model.trim() ?? 'unknown',
    cores: processors.length,
    memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    os: `${osType()} ${release()}`,
    loadAverage: { start: loadAtStart, end: currentLoad() },
  }
}
