import type { CheckboxField, I18NText, MultiSelectField, RadioField, SelectField } from '@signoff/schemas'
import { Checkbox, Radio, Select } from 'antd'
import { localText } from '../i18n/text.ts'
import { ui } from '../i18n/ui.ts'
import type { Locale } from '../types.ts'
import type { FieldProps, FieldRenderer } from './field-props.ts'
import { PlainValue } from './plain-value.tsx'

type Choice = SelectField | RadioField | CheckboxField | MultiSelectField

const optionsOf = (field: { options: { value: string; label: I18NText }[] }, locale: Locale) =>
  field.options.map((option) => ({ value: option.value, label: localText(option.label, locale) }))

const listOf = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []

const orNothing = <T,>(list: T[]): T[] | undefined => (list.length === 0 ? undefined : list)

/** Radio and checkbox groups are labelled by the field's label element. */
export const labelIdOf = (id: string) => `${id}-label`

function SelectEdit({ field, value, onChange, id, locale, aria }: FieldProps<SelectField>) {
  return (
    <Select
      id={id}
      {...aria}
      className="sf-select"
      value={typeof value === 'string' ? value : undefined}
      options={optionsOf(field, locale)}
      placeholder={localText(field.placeholder, locale) || ui(locale, 'choose')}
      allowClear
      showSearch={field.options.length > 8 ? { optionFilterProp: 'label' } : false}
      virtual={false}
      onChange={(next: string | undefined) => onChange(next ?? undefined)}
    />
  )
}

function MultiSelectEdit({ field, value, onChange, id, locale, aria }: FieldProps<MultiSelectField>) {
  return (
    <Select
      id={id}
      {...aria}
      className="sf-select"
      mode="multiple"
      value={listOf(value)}
      options={optionsOf(field, locale)}
      placeholder={localText(field.placeholder, locale) || ui(locale, 'choose')}
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      virtual={false}
      onChange={(next: string[]) => onChange(orNothing(next))}
    />
  )
}

function RadioEdit({ field, value, onChange, id, locale, aria }: FieldProps<RadioField>) {
  return (
    <Radio.Group
      id={id}
      {...aria}
      role="radiogroup"
      aria-labelledby={labelIdOf(id)}
      value={typeof value === 'string' ? value : undefined}
      options={optionsOf(field, locale)}
      onChange={(event) => onChange(event.target.value)}
    />
  )
}

function CheckboxEdit({ field, value, onChange, id, locale, aria }: FieldProps<CheckboxField>) {
  return (
    <fieldset id={id} {...aria} className="sf-fieldset" aria-labelledby={labelIdOf(id)}>
      <Checkbox.Group
        value={listOf(value)}
        options={optionsOf(field, locale)}
        onChange={(next) => onChange(orNothing(next as string[]))}
      />
    </fieldset>
  )
}

function ChoiceRead({ field, value, locale }: FieldProps<Choice>) {
  const chosen = typeof value === 'string' ? [value] : listOf(value)
  const labels = chosen.map(
    (item) => optionsOf(field, locale).find((option) => option.value === item)?.label ?? item,
  )
  return <PlainValue locale={locale}>{labels.join(locale === 'en' ? ', ' : '、')}</PlainValue>
}

export const choiceRenderers = {
  select: {
    Edit: SelectEdit,
    Read: ChoiceRead,
    initial: (field) => field.default,
  } satisfies FieldRenderer<SelectField>,
  radio: {
    Edit: RadioEdit,
    Read: ChoiceRead,
    initial: (field) => field.default,
  } satisfies FieldRenderer<RadioField>,
  multiSelect: {
    Edit: MultiSelectEdit,
    Read: ChoiceRead,
    initial: (field) => orNothing(field.default ?? []),
  } satisfies FieldRenderer<MultiSelectField>,
  checkbox: {
    Edit: CheckboxEdit,
    Read: ChoiceRead,
    initial: (field) => orNothing(field.default ?? []),
  } satisfies FieldRenderer<CheckboxField>,
}
