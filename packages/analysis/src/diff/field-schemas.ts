import type { FieldType } from '@signoff/schemas'
import attachment from '@signoff/schemas/json/fields/attachment.schema.json'
import bankAccount from '@signoff/schemas/json/fields/bank-account.schema.json'
import checkbox from '@signoff/schemas/json/fields/checkbox.schema.json'
import columns from '@signoff/schemas/json/fields/columns.schema.json'
import creditCode from '@signoff/schemas/json/fields/credit-code.schema.json'
import dateSchema from '@signoff/schemas/json/fields/date.schema.json'
import dateRange from '@signoff/schemas/json/fields/date-range.schema.json'
import datetime from '@signoff/schemas/json/fields/datetime.schema.json'
import department from '@signoff/schemas/json/fields/department.schema.json'
import descriptionSchema from '@signoff/schemas/json/fields/description.schema.json'
import email from '@signoff/schemas/json/fields/email.schema.json'
import formula from '@signoff/schemas/json/fields/formula.schema.json'
import groupSchema from '@signoff/schemas/json/fields/group.schema.json'
import idNumber from '@signoff/schemas/json/fields/id-number.schema.json'
import image from '@signoff/schemas/json/fields/image.schema.json'
import member from '@signoff/schemas/json/fields/member.schema.json'
import money from '@signoff/schemas/json/fields/money.schema.json'
import multiSelect from '@signoff/schemas/json/fields/multi-select.schema.json'
import numberSchema from '@signoff/schemas/json/fields/number.schema.json'
import phone from '@signoff/schemas/json/fields/phone.schema.json'
import radio from '@signoff/schemas/json/fields/radio.schema.json'
import selectSchema from '@signoff/schemas/json/fields/select.schema.json'
import tableSchema from '@signoff/schemas/json/fields/table.schema.json'
import textSchema from '@signoff/schemas/json/fields/text.schema.json'
import textarea from '@signoff/schemas/json/fields/textarea.schema.json'

/** A field type's own JSON Schema: the part the designer's property panel is generated from. */
export interface FieldSchema {
  properties?: Record<string, { description?: string; [keyword: string]: unknown }>
}

const schemas = {
  attachment,
  bankAccount,
  checkbox,
  columns,
  creditCode,
  date: dateSchema,
  dateRange,
  datetime,
  department,
  description: descriptionSchema,
  email,
  formula,
  group: groupSchema,
  idNumber,
  image,
  member,
  money,
  multiSelect,
  number: numberSchema,
  phone,
  radio,
  select: selectSchema,
  table: tableSchema,
  text: textSchema,
  textarea,
} satisfies Record<FieldType, object>

/** Each field type's schema, by type. */
export const fieldSchemas: Readonly<Record<FieldType, FieldSchema>> = schemas
