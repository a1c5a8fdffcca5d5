import { type AppDefinition, type Directory, validateApp } from '@signoff/schemas'
import { lintContext } from './context.ts'
import { type Finding, finding } from './finding.ts'
import { rules } from './rules/index.ts'

export interface LintOptions {
  /** The organization the app runs in; enables checks of users, roles and departments. */
  directory?: Directory
}

/**
 * Checks an app definition: first against the schema (each issue an error), then, if the shape is
 * right, every semantic rule. Accepts anything, so a file read from disk can be passed as is.
 */
export function lintApp(app: AppDefinition | unknown, options: LintOptions = {}): Finding[] {
  const result = validateApp(app)
  if (!result.ok) {
    return result.issues.map((issue) =>
      finding(issue.code, 'error', issue.path, issue.message, `不符合定义格式：${issue.message}`),
    )
  }
  const context = lintContext(result.value, options.directory)
  return Object.values(rules).flatMap((rule) => rule(context))
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((item) => item.severity === 'error')
}
