import { type FieldErrors, FormRenderer, type RendererServices } from '@signoff/form-renderer'
import type { FormDefinition } from '@signoff/schemas'
import { Spin } from 'antd'
import { useMemo } from 'react'
import { api } from '../api/client.ts'
import type { Permission } from '../api/types.ts'
import { useLocale } from '../i18n/locale-store.ts'
import { initiatorOf, resolveDirectory, searchDirectory } from '../model/directory-search.ts'
import { useDirectory } from './directory.tsx'

interface FormSlotProps {
  /** The app whose field rules an upload is checked against; none for a form of another tenant's app. */
  appId?: string
  form: FormDefinition
  value: Record<string, unknown>
  onChange?: (value: Record<string, unknown>) => void
  mode: 'edit' | 'read' | 'print'
  permissions?: Record<string, Permission>
  /** Whose request it is: conditions and formulas read the initiator. */
  initiator: string
  /** The server's messages by field path ("/items/0/amount"). */
  errors?: FieldErrors
  showErrors?: boolean
  /** Where a file is opened, when not at /attachments (e.g. an application's files on the platform tenant). */
  fileUrl?: (fileId: string) => string
}

/**
 * The one place the workspace renders a form: @signoff/form-renderer with the runtime's services
 * (the directory for pickers, uploads to POST /attachments with progress, downloads by id).
 */
export function FormSlot({
  appId,
  form,
  value,
  onChange,
  mode,
  permissions,
  initiator,
  errors,
  showErrors,
  fileUrl = api.attachmentUrl,
}: FormSlotProps) {
  const locale = useLocale()
  const { users, departments, ready } = useDirectory()

  const services = useMemo<RendererServices>(
    () => ({
      directory: {
        search: async (kind, query) => searchDirectory(users, departments, kind, query),
        resolve: async (kind, ids) => resolveDirectory(users, departments, kind, ids),
      },
      upload: (file, target) =>
        api.uploadAttachment(
          appId ? { appId, fieldId: target.fieldId } : {},
          file,
          target.onProgress,
          target.signal,
        ),
      attachmentUrl: (file) => fileUrl(file.id),
    }),
    [appId, users, departments, fileUrl],
  )

  const context = useMemo(() => {
    const person = users.find((user) => user.id === initiator)
    const today = new Date()
    const pad = (n: number) => String(n).padStart(2, '0')
    return {
      initiator: person
        ? initiatorOf(person, departments)
        : { id: initiator, department: '', departments: [], roles: [] },
      today: `${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`,
    }
  }, [users, departments, initiator])

  // The pickers resolve chosen ids to names once; wait for the directory so they find them.
  if (!ready) return <Spin />
  return (
    <FormRenderer
      form={form}
      value={value}
      {...(onChange ? { onChange } : {})}
      mode={mode}
      {...(permissions ? { permissions } : {})}
      locale={locale}
      services={services}
      context={context}
      {...(errors ? { errors } : {})}
      showErrors={showErrors ?? false}
    />
  )
}
