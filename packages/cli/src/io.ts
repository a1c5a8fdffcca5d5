import { readFileSync } from 'node:fs'

/** What a command prints and returns; commands never touch process.* so tests can run them in-process. */
export interface CommandResult {
  exitCode: number
  stdout: string[]
  stderr: string[]
}

export class UsageError extends Error {}

export function readJsonFile(path: string): { ok: true; value: unknown } | { ok: false; message: string } {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    return {
      ok: false,
      message: `cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    }
  }
  try {
    return { ok: true, value: JSON.parse(text) }
  } catch (error) {
    return { ok: false, message: `${path} is not valid JSON: ${(error as Error).message}` }
  }
}
