import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Check } from './checks.ts'
import type { Machine } from './machine.ts'
import type { BenchOptions } from './options.ts'
import { renderMarkdown } from './report.ts'
import type { Results } from './run.ts'

// Rewrites RESULTS.md from results.json (after editing the notes or the layout) without measuring
// again; arguments name the run's options when results.json does not record its command.
const benchDir = join(dirname(fileURLToPath(import.meta.url)), '..')
const saved = JSON.parse(readFileSync(join(benchDir, 'results.json'), 'utf8')) as {
  machine: Machine
  options: BenchOptions
  checks: Check[]
  results: Results
  command?: string
}
writeFileSync(
  join(benchDir, 'RESULTS.md'),
  renderMarkdown(
    saved.machine,
    saved.checks,
    saved.results,
    saved.command ?? ['pnpm bench', ...process.argv.slice(2)].join(' '),
  ),
)
