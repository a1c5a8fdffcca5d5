import type { DescriptionField, FormulaField } from '@signoff/schemas'
import { Typography } from 'antd'
import { localText } from '../i18n/text.ts'
import { ui } from '../i18n/ui.ts'
import type { FieldProps, FieldRenderer } from './field-props.ts'
import { AmountText } from './money-field.tsx'
import { asText, PlainValue } from './plain-value.tsx'

/** Computed by the same formulas as on the server; never typed in. */
function FormulaValue(props: FieldProps<FormulaField>) {
  const { field, value, locale, id } = props
  if (field.resultType === 'money')
    return (
      <output id={id} className="sf-formula">
        <AmountText {...props} />
      </output>
    )
  const text = typeof value === 'boolean' ? ui(locale, value ? 'yes' : 'no') : asText(value)
  return (
    <output id={id} className="sf-formula">
      <PlainValue locale={locale}>{text}</PlainValue>
    </output>
  )
}

function DescriptionText({ field, locale }: FieldProps<DescriptionField>) {
  return (
    <Typography.Paragraph className="sf-description" type="secondary">
      {localText(field.content, locale)}
    </Typography.Paragraph>
  )
}

export const staticRenderers = {
  formula: { Edit: FormulaValue, Read: FormulaValue } satisfies FieldRenderer<FormulaField>,
  description: {
    Edit: DescriptionText,
    Read: DescriptionText,
    frame: 'bare',
  } satisfies FieldRenderer<DescriptionField>,
}
