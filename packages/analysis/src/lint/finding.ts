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

interface Named {
  id: string
  name?: { 'zh-CN': string; en?: string }
  label?: { 'zh-CN': string; en?: string }
}

/** How messages name a node or field: what the owner called it, with the id to find it by. */
export function nameEn(item: Named): string {
  const text = item.name ?? item.label
  const shown = text?.en ?? text?.['zh-CN']
  return shown && shown !== item.id ? `${shown} (${item.id})` : item.id
}

export function nameZh(item: Named): string {
  const shown = (item.name ?? item.label)?.['zh-CN']
  return shown && shown !== item.id ? `${shown}（${item.id}）` : item.id
}
