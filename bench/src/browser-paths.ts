import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const benchDir = join(dirname(fileURLToPath(import.meta.url)), '..')
export const repoRoot = join(benchDir, '..')
/** Page fixtures the browser workloads build with Vite. */
export const browserDir = join(benchDir, 'browser')
