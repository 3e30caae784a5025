import { cpus, release, totalmem, type as osType } from 'node:os'

export interface MachineInfo {
  cpu: string
  cores: number
  memoryGiB: number
  node: string
  os: string
}

/** Describes the machine a run measured, for the report beside its figures. */
export function machineInfo(): MachineInfo {
  const processors = cpus()

  return {
    cpu: processors[0]?.model.trim() ?? 'unknown',
    cores: processors.length,
    memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    os: `${osType()} ${release()}`,
  }
}
