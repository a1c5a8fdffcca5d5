import { cpus, loadavg, platform, release, totalmem } from 'node:os'

export interface Machine {
  cpu: string
  cores: number
  memoryGiB: number
  node: string
  os: string
  date: string
  /** 1-minute load average when the run began and ended: above the core count, neighbours were busy. */
  loadAtStart: number
  loadAtEnd?: number
}

export function describeMachine(): Machine {
  const [first] = cpus()
  return {
    cpu: first?.model.trim() ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    os: `${platform()} ${release()}`,
    date: new Date().toISOString(),
    loadAtStart: loadavg()[0] ?? 0,
  }
}

export const currentLoad = () => loadavg()[0] ?? 0
