import { demoDirectory, getTemplate, sampleSubmissions, type TemplateKey } from '@signoff/templates'
import { StrictMode, useState } from 'react'
import { createRoot } from 'react-dom/client'
import { initialValues } from '../../src/fields/registry.ts'
import { FormRenderer } from '../../src/form-renderer.tsx'
import { directoryOf, zhangsan } from '../../src/testing/demo-services.ts'
import type { FormValues, Locale, RenderMode, UploadService } from '../../src/types.ts'

// ?template=leave|reimbursement|…&mode=edit|read|print&locale=zh-CN|en&sample=1&errors=1
const params = new URLSearchParams(location.search)
const key = (params.get('template') ?? 'leave') as TemplateKey
const found = getTemplate(key)
if (!found) throw new Error(`no template ${key}`)
const template = found
const mode = (params.get('mode') ?? 'edit') as RenderMode
const locale = (params.get('locale') ?? 'zh-CN') as Locale
const start: FormValues =
  params.get('sample') === '1' ? sampleSubmissions[key].values : initialValues(template.app.form, zhangsan)

// Pretends to send the file in ten steps, so the progress bar can be seen.
const upload: UploadService = (file, { onProgress }) =>
  new Promise((resolve) => {
    let percent = 0
    const timer = setInterval(() => {
      percent += 10
      onProgress(percent)
      if (percent < 100) return
      clearInterval(timer)
      resolve({ id: `att_${Date.now()}`, name: file.name, size: file.size, mime: file.type })
    }, 150)
  })
const services = { directory: directoryOf(demoDirectory), upload }

function Harness() {
  const [value, setValue] = useState(start)
  return (
    <FormRenderer
      form={template.app.form}
      value={value}
      onChange={setValue}
      mode={mode}
      locale={locale}
      services={services}
      context={zhangsan}
      showErrors={params.get('errors') === '1'}
    />
  )
}

const root = document.getElementById('root')
if (root)
  createRoot(root).render(
    <StrictMode>
      <Harness />
    </StrictMode>,
  )
