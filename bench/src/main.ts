import { writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { currentLoad, describeMachine } from './machine.ts'
import { parseOptions } from './options.ts'
import { checkLine, renderMarkdown } from './report.ts'
import { checksOf, runWorkloads } from './run.ts'

const benchDir = join(dirname(fileURLToPath(import.meta.url)), '..')
const argv = process.argv.slice(2)
const options = parseOptions(argv, benchDir)
const machine = describeMachine()
console.log(
  `${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}, load ${machine.loadAtStart.toFixed(2)}`,
)
const started = performance.now()
const results = await runWorkloads(options, (line) => console.log(line))
machine.loadAtEnd = currentLoad()
const checks = checksOf(results)
console.log(`\nTargets (${((performance.now() - started) / 1000).toFixed(0)} s):`)
for (const item of checks) console.log(`  ${checkLine(item)}`)
for (const item of results.skipped) console.log(`  skipped ${item.workload}: ${item.reason}`)
if (options.outDir) {
  const command = ['pnpm bench', ...argv].join(' ')
  writeFileSync(
    join(options.outDir, 'results.json'),
    `${JSON.stringify({ command, machine, options, checks, results }, null, 2)}\n`,
  )
  writeFileSync(join(options.outDir, 'RESULTS.md'), renderMarkdown(machine, checks, results, command))
  console.log(`\nWrote ${join(options.outDir, 'results.json')} and RESULTS.md`)
}
