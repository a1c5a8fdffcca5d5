import { FormRenderer, type FormValues } from '@signoff/form-renderer'
import type { FormDefinition } from '@signoff/schemas'
import { useState } from 'react'
import { signoffForm } from './form-fixture.ts'
import { formItemValue, installBench } from './harness.ts'

const context = {
  initiator: { id: 'bench', department: 'root', departments: ['root'], roles: [] },
  today: '2026-11-23',
}

function OursForm({ form }: { form: FormDefinition }) {
  const [value, setValue] = useState<FormValues>({})
  return <FormRenderer form={form} value={value} onChange={setValue} locale="en" context={context} />
}

// A fresh definition per mount: the renderer caches its compiled validator by definition, as rjsf's
// page gets a fresh validator.
installBench({ mount: (size) => <OursForm form={signoffForm(size)} />, probes: { value: formItemValue } })
