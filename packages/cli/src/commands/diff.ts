import { diffApps } from '@signoff/analysis'
import { type AppDefinition, validateApp } from '@signoff/schemas'
import { type CommandResult, readJsonFile, UsageError } from '../io.ts'

/** `signoff diff <before.json> <after.json> [--lang zh|en] [--json]`: exit 0 when equal, 1 when they differ. */
export function diffCommand(args: readonly string[]): CommandResult {
  const json = args.includes('--json')
  const langIndex = args.indexOf('--lang')
  const lang = langIndex >= 0 ? args[langIndex + 1] : 'en'
  if (lang !== 'en' && lang !== 'zh') throw new UsageError('--lang takes en or zh')
  const files = args.filter((a, i) => !a.startsWith('--') && (langIndex < 0 || i !== langIndex + 1))
  if (files.length !== 2) throw new UsageError('diff needs exactly two app definition files')

  const apps: AppDefinition[] = []
  for (const file of files) {
    const read = readJsonFile(file)
    if (!read.ok) return { exitCode: 2, stdout: [], stderr: [read.message] }
    const checked = validateApp(read.value)
    if (!checked.ok) {
      const issues = checked.issues.map((i) => `  ${i.path || '/'}  ${i.message}`)
      return { exitCode: 2, stdout: [], stderr: [`${file} is not a valid app definition:`, ...issues] }
    }
    apps.push(checked.value)
  }
  const [before, after] = apps as [AppDefinition, AppDefinition]
  const diff = diffApps(before, after)
  const sentences = diff.summary[lang]
  const stdout = json ? [JSON.stringify(diff, null, 2)] : sentences.length ? sentences : ['no differences']
  return { exitCode: sentences.length ? 1 : 0, stdout, stderr: [] }
}
