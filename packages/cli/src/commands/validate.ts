import { lintApp } from '@signoff/analysis'
import { type AppDefinition, type Directory, validateDirectory } from '@signoff/schemas'
import { formatFindings } from '../format-findings.ts'
import { type CommandResult, readJsonFile, UsageError } from '../io.ts'

/** `signoff validate <app.json>... [--directory org.json] [--strict] [--lang en|zh]`: schema + lint; exit 1 on errors. */
export function validateCommand(args: readonly string[]): CommandResult {
  const files: string[] = []
  let directoryFile: string | undefined
  let strict = false
  let lang: 'en' | 'zh' = 'en'
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string
    if (arg === '--strict') strict = true
    else if (arg === '--directory') directoryFile = args[++i]
    else if (arg === '--lang') {
      const value = args[++i]
      if (value !== 'en' && value !== 'zh') throw new UsageError('--lang takes en or zh')
      lang = value
    } else if (arg.startsWith('-')) throw new UsageError(`unknown option ${arg}`)
    else files.push(arg)
  }
  if (files.length === 0) throw new UsageError('validate needs at least one app definition file')
  if (args.includes('--directory') && !directoryFile) throw new UsageError('--directory needs a file')

  const result: CommandResult = { exitCode: 0, stdout: [], stderr: [] }
  let directory: Directory | undefined
  if (directoryFile) {
    const read = readJsonFile(directoryFile)
    const checked = read.ok ? validateDirectory(read.value) : undefined
    if (!read.ok || !checked?.ok) {
      result.stderr.push(read.ok ? `${directoryFile}: not a valid directory` : read.message)
      return { ...result, exitCode: 2 }
    }
    directory = checked.value
  }
  for (const file of files) {
    const read = readJsonFile(file)
    if (!read.ok) {
      result.stderr.push(read.message)
      result.exitCode = Math.max(result.exitCode, 2)
      continue
    }
    const findings = lintApp(read.value as AppDefinition, directory ? { directory } : {})
    result.stdout.push(...formatFindings(file, findings, lang))
    if (findings.some((f) => f.severity === 'error' || strict)) result.exitCode = Math.max(result.exitCode, 1)
  }
  return result
}
