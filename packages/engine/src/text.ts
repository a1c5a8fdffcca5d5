import type { I18NText } from '@signoff/schemas'

export type Text = Required<I18NText>

export function text(zh: string, en: string): Text {
  return { 'zh-CN': zh, en }
}

/** A node's or label's text in both languages (English falls back to Chinese). */
export function both(label: I18NText): Text {
  return { 'zh-CN': label['zh-CN'], en: label.en ?? label['zh-CN'] }
}
