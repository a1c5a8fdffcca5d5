import { runCli } from './main.ts'

const result = runCli(process.argv.slice(2))
for (const line of result.stdout) console.log(line)
for (const line of result.stderr) console.error(line)
process.exitCode = result.exitCode
