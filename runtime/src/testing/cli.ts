import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../../../', import.meta.url))

export interface CliResult {
  code: number | null
  stdout: string
  stderr: string
}

/** Runs an operator command (`runtime/src/cli.ts`) or any program to its end, with `env` on top of ours. */
export function runProgram(command: string, args: readonly string[], env: Record<string, string> = {}) {
  const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env }, stdio: 'pipe' })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString()
  })
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString()
  })
  return new Promise<CliResult>((resolve, reject) => {
    child.once('error', reject)
    child.once('close', (code) => resolve({ code, stdout, stderr }))
  })
}

/** `signoff-runtime <args>` over the database `env` names (SIGNOFF_DATA_DIR, DATABASE_URL, SIGNOFF_DB_SCHEMA). */
export function runCli(args: readonly string[], env: Record<string, string>): Promise<CliResult> {
  return runProgram(process.execPath, ['--import', 'tsx', `${root}runtime/src/cli.ts`, ...args], {
    NODE_ENV: 'test',
    ...env,
  })
}
