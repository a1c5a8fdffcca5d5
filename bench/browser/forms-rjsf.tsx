import Form from '@rjsf/antd'
import type { IChangeEvent } from '@rjsf/core'
import { customizeValidator } from '@rjsf/validator-ajv8'
import { ConfigProvider } from 'antd'
import enUS from 'antd/locale/en_US'
import { useMemo, useState } from 'react'
import { formulaValues, hiddenAt, rjsfSchema, signoffForm } from './form-fixture.ts'
import { formItemValue, installBench } from './harness.ts'

type Values = Record<string, unknown>

function RjsfForm({ size }: { size: number }) {
  const { schema, uiSchema } = useMemo(() => rjsfSchema(signoffForm(size)), [size])
  const validator = useMemo(() => customizeValidator(), [])
  const [formData, setFormData] = useState<Values>({})
  // rjsf has no formulas or visibility rules: the page computes them on each change, as an rjsf app would.
  const onChange = (event: IChangeEvent<Values>) => {
    const next = event.formData ?? {}
    setFormData({ ...next, ...formulaValues(next.amount) })
  }
  const liveUi = useMemo(() => {
    const copy: Values = { ...uiSchema, 'ui:submitButtonOptions': { norender: true } }
    for (const id of hiddenAt(formData.amount)) copy[id] = { 'ui:widget': 'hidden' }
    return copy
  }, [uiSchema, formData.amount])
  return (
    <ConfigProvider locale={enUS}>
      <Form
        schema={schema}
        uiSchema={liveUi}
        formData={formData}
        validator={validator}
        onChange={onChange}
        liveValidate
        showErrorList={false}
      />
    </ConfigProvider>
  )
}

installBench({ mount: (size) => <RjsfForm size={size} />, probes: { value: formItemValue } })
