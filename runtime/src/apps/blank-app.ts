import type { AppDefinition, I18NText } from '@signoff/schemas'

/** A new app: one text field and a flow from start straight to end, for the owner to build on. */
export function blankApp(key: string, name: I18NText): AppDefinition {
  return {
    schemaVersion: 1,
    key,
    name,
    form: {
      fields: [{ id: 'title', type: 'text', label: { 'zh-CN': '标题', en: 'Title' }, required: true }],
    },
    flow: {
      nodes: [
        { id: 'start', kind: 'start', name: { 'zh-CN': '发起', en: 'Submit' } },
        { id: 'end', kind: 'end', name: { 'zh-CN': '结束', en: 'End' } },
      ],
      edges: [{ id: 'e1', source: 'start', target: 'end' }],
    },
    settings: { starters: { everyone: true } },
  }
}
