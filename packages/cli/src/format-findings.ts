import type { Finding } from '@signoff/analysis'

export function formatFindings(
  file: string,
  findings: readonly Finding[],
  lang: 'en' | 'zh' = 'en',
): string[] {
  const errors = findings.filter((f) => f.severity === 'error').length
  const warnings = findings.length - errors
  if (findings.length === 0) return [`✓ ${file}: valid`]
  const head = `${errors > 0 ? '✗' : '!'} ${file}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`
  const width = Math.max(...findings.map((f) => (f.path || '/').length))
  return [
    head,
    ...findings.map(
      (f) =>
        `  ${f.severity.padEnd(7)} ${(f.path || '/').padEnd(width)}  ${f.code}  ${lang === 'zh' ? f.messageZh : f.message}`,
    ),
  ]
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}
