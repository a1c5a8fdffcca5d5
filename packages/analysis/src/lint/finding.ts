/** One problem in an app definition. path is a JSON Pointer into the app; messages are for the owner. */
export interface Finding {
  code: string
  severity: 'error' | 'warning'
  path: string
  message: string
  messageZh: string
}

export type Severity = Finding['severity']

export function finding(
  code: string,
  severity: Severity,
  path: string,
  message: string,
  messageZh: string,
): Finding {
  return { code, severity, path, message, messageZh }
}
