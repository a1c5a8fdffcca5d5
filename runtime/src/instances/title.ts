import type { AppDefinition, Field } from '@signoff/schemas'

const maxLength = 200

function fieldsById(fields: readonly Field[], into = new Map<string, Field>()): Map<string, Field> {
  for (const field of fields) {
    into.set(field.id, field)
    if ('children' in field && Array.isArray(field.children)) fieldsById(field.children, into)
  }
  return into
}

/** A value as it reads in a title: an option's label rather than its code, lists joined, rows and files left out. */
function shown(field: Field | undefined, value: unknown): string {
  const label = (code: unknown) => {
    const options = field && 'options' in field && Array.isArray(field.options) ? field.options : []
    const option = options.find((candidate: { value: string }) => candidate.value === code)
    return option ? option.label['zh-CN'] : String(code)
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return label(value)
  if (Array.isArray(value) && value.every((item) => typeof item === 'string'))
    return value.map(label).join('、')
  return ''
}

/**
 * The instance's title from the form's title template ({initiator} and {fieldId} placeholders, in the
 * organization's language, zh-CN), so inboxes tell requests apart; without a template, "<name>的<app>".
 */
export function instanceTitle(
  definition: Pick<AppDefinition, 'name' | 'form'>,
  values: Record<string, unknown>,
  initiatorName: string,
): string {
  const template = definition.form.titleTemplate?.['zh-CN']
  if (!template) return `${initiatorName}的${definition.name['zh-CN']}`.slice(0, maxLength)
  const fields = fieldsById(definition.form.fields)
  const title = template.replace(/\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (whole, id: string) => {
    if (id === 'initiator') return initiatorName
    if (!fields.has(id)) return whole
    return shown(fields.get(id), values[id])
  })
  return title.slice(0, maxLength)
}
