import { lintApp } from '@signoff/analysis'
import { demoDirectory, platformDirectory, templates } from '@signoff/templates'
import type { CommandResult } from '../io.ts'

const certificationKeys = new Set(['enterprise-certification', 'individual-certification'])

/** `signoff templates`: lists the built-in apps, each checked against the schema and the lint rules. */
export function templatesCommand(): CommandResult {
  const stdout = ['Built-in templates:']
  let exitCode = 0
  for (const { key, app } of templates) {
    const directory = certificationKeys.has(key) ? platformDirectory : demoDirectory
    const findings = lintApp(app, { directory })
    const errors = findings.filter((f) => f.severity === 'error')
    if (errors.length > 0) exitCode = 1
    const status = errors.length > 0 ? `✗ ${errors.length} errors` : '✓ valid'
    stdout.push(`  ${key.padEnd(26)} ${app.name['zh-CN']} / ${app.name.en ?? ''}  ${status}`)
    for (const error of errors) stdout.push(`      ${error.path}  ${error.message}`)
  }
  return { exitCode, stdout, stderr: [] }
}
