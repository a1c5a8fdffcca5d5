import { diffCommand } from './commands/diff.ts'
import { templatesCommand } from './commands/templates.ts'
import { validateCommand } from './commands/validate.ts'
import { type CommandResult, UsageError } from './io.ts'

const usage = `usage: signoff <command>
  validate <app.json>... [--directory org.json] [--strict] [--lang en|zh]
                                                               check definitions (schema + lint)
  diff <before.json> <after.json> [--lang en|zh] [--json]      what changed between two versions
  templates                                                    list and check the built-in apps`

const commands: Record<string, (args: readonly string[]) => CommandResult> = {
  validate: validateCommand,
  diff: diffCommand,
  templates: templatesCommand,
}

export function runCli(argv: readonly string[]): CommandResult {
  const [name, ...args] = argv
  const command = name ? commands[name] : undefined
  if (!command) return { exitCode: name ? 2 : 0, stdout: name ? [] : [usage], stderr: name ? [usage] : [] }
  try {
    return command(args)
  } catch (error) {
    if (error instanceof UsageError) return { exitCode: 2, stdout: [], stderr: [error.message, usage] }
    throw error
  }
}
