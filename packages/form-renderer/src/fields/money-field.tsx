import type { FormulaField, MoneyField } from '@signoff/schemas'
import { Input } from 'antd'
import { localText } from '../i18n/text.ts'
import { ui } from '../i18n/ui.ts'
import type { Locale } from '../types.ts'
import type { FieldProps, FieldRenderer } from './field-props.ts'
import { amountFromInput, currencySymbol, groupedAmount, paddedAmount, uppercaseOf } from './money-format.ts'
import { asText, PlainValue } from './plain-value.tsx'

/** 人民币大写 under an amount in CNY. */
export function Uppercase({ value, locale, id }: { value: unknown; locale: Locale; id?: string }) {
  const text = uppercaseOf(value)
  if (!text) return null
  return (
    <div className="sf-uppercase" id={id}>
      {ui(locale, 'uppercase')}
      {text}
    </div>
  )
}

const showsUppercase = (field: MoneyField | FormulaField, cell?: boolean) =>
  !cell && (field.currency ?? 'CNY') === 'CNY' && (field as MoneyField).showUppercase !== false

function MoneyEdit({ field, value, onChange, id, locale, cell, aria }: FieldProps<MoneyField>) {
  const places = field.precision ?? 2
  const text = asText(value)
  return (
    <>
      <Input
        id={id}
        {...aria}
        value={text}
        inputMode="decimal"
        autoComplete="off"
        prefix={<span aria-hidden>{currencySymbol(field.currency)}</span>}
        placeholder={localText(field.placeholder, locale) || (0).toFixed(places)}
        onChange={(event) => onChange(amountFromInput(event.target.value))}
        onBlur={() => text && onChange(paddedAmount(text, places))}
      />
      {showsUppercase(field, cell) && <Uppercase value={value} locale={locale} />}
    </>
  )
}

/** An amount as text: "¥12,000.00", with its 大写 below when it is in CNY. */
export function AmountText({
  field,
  value,
  locale,
  cell,
}: Pick<FieldProps<MoneyField | FormulaField>, 'field' | 'value' | 'locale' | 'cell'>) {
  const text = asText(value)
  const places = field.precision ?? 2
  return (
    <>
      <PlainValue locale={locale} nowrap>
        {text && `${currencySymbol(field.currency)}${groupedAmount(text, places)}`}
      </PlainValue>
      {showsUppercase(field, cell) && <Uppercase value={value} locale={locale} />}
    </>
  )
}

export const moneyRenderer: FieldRenderer<MoneyField> = {
  Edit: MoneyEdit,
  Read: AmountText,
  initial: (field) => field.default,
}
