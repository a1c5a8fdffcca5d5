import type { FormDefinition } from '@signoff/schemas'
import { render } from '@testing-library/react'
import { useState } from 'react'
import { FormRenderer, type FormRendererProps } from '../form-renderer.tsx'
import type { FormValues } from '../types.ts'

interface HostProps {
  form: FormDefinition
  props: Partial<FormRendererProps>
  seen: { current: FormValues }
}

function Host({ form, props, seen }: HostProps) {
  const [value, setValue] = useState<FormValues>(props.value ?? {})
  return (
    <FormRenderer
      {...props}
      form={form}
      value={value}
      onChange={(next) => {
        seen.current = next
        setValue(next)
      }}
    />
  )
}

/** Renders a form that keeps its own values, as an app would; `values()` reads the latest. */
export function renderForm(form: FormDefinition, props: Partial<FormRendererProps> = {}) {
  const seen = { current: props.value ?? {} }
  const result = render(<Host form={form} props={props} seen={seen} />)
  return { ...result, values: () => seen.current }
}
