import { lintApp } from '@signoff/analysis'
import { templates, tenantDirectories } from '@signoff/templates'
import type { CommandResult } from '../io.ts'

/** `signoff templates`: lists the built-in apps, each checked against the schema and the lint rules. */
export function templatesCommand(): CommandResult {
  const stdout = ['Built-in templates:']
  let exitCode = 0
  for (const { key, app, tenant } of templates) {
    const directory = tenantDirectories[tenant]
    const findings = lintApp(app, { directory })
    const errors = findings.filter((f) => f.severity === 'error')
    if (errors.length > 0) exitCode = 1
    const status = errors.length > 0 ? `✗ ${errors.length} errors` : '✓ valid'
    stdout.push(`  ${key.padEnd(26)} ${app.name['zh-CN']} / ${app.name.en ?? ''}  ${status}`)
    for (const error of errors) stdout.push(`      ${error.path}  ${error.message}`)
  }
  return { exitCode, stdout, stderr: [] }
}
