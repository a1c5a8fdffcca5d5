import type { DepartmentField, MemberField } from '@signoff/schemas'
import { Select } from 'antd'
import { useRef, useState } from 'react'
import { localText } from '../i18n/text.ts'
import { ui } from '../i18n/ui.ts'
import { useSetup } from '../render-context.ts'
import type { DirectoryEntry, DirectoryKind } from '../types.ts'
import type { FieldProps, FieldRenderer } from './field-props.ts'
import { PlainValue } from './plain-value.tsx'
import { useDirectoryNames } from './use-directory-names.ts'

type DirectoryField = MemberField | DepartmentField

const idsOf = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : Array.isArray(value)
      ? value.filter((id): id is string => typeof id === 'string')
      : []

const option = (entry: DirectoryEntry) => ({
  value: entry.id,
  label: entry.name,
  title: entry.hint ? `${entry.name}（${entry.hint}）` : entry.name,
})

type DirectoryProps = FieldProps<DirectoryField> & { kind: DirectoryKind }

function DirectoryEdit({ field, value, onChange, id, locale, aria, kind }: DirectoryProps) {
  const { directory } = useSetup().services
  const ids = idsOf(value)
  const names = useDirectoryNames(directory, kind, ids)
  const [found, setFound] = useState<DirectoryEntry[]>([])
  const latest = useRef(0)
  const search = (query: string) => {
    if (!directory) return
    const asked = ++latest.current
    directory
      .search(kind, query)
      .then((entries) => asked === latest.current && setFound(entries))
      .catch(() => asked === latest.current && setFound([]))
  }
  const chosen = ids.map((id) => names.get(id) ?? { id, name: id })
  const options = [...chosen, ...found.filter((entry) => !ids.includes(entry.id))].map(option)
  return (
    <Select
      id={id}
      {...aria}
      className="sf-select"
      mode={field.multiple ? 'multiple' : undefined}
      value={field.multiple ? ids : ids[0]}
      options={options}
      showSearch={{ filterOption: false, onSearch: search }}
      onFocus={() => found.length === 0 && search('')}
      virtual={false}
      allowClear
      disabled={!directory}
      placeholder={
        localText(field.placeholder, locale) ||
        ui(locale, !directory ? 'noDirectory' : kind === 'user' ? 'search' : 'searchDepartment')
      }
      notFoundContent={ui(locale, 'noMatch')}
      optionRender={(item) => item.data.title}
      onChange={(next: string | string[] | undefined) => {
        const list = idsOf(next)
        onChange(field.multiple ? (list.length > 0 ? list : undefined) : list[0])
      }}
    />
  )
}

function DirectoryRead({ value, locale, kind }: DirectoryProps) {
  const ids = idsOf(value)
  const names = useDirectoryNames(useSetup().services.directory, kind, ids)
  return (
    <PlainValue locale={locale}>
      {ids.map((id) => names.get(id)?.name ?? id).join(locale === 'en' ? ', ' : '、')}
    </PlainValue>
  )
}

export const directoryRenderers = {
  member: {
    Edit: (props) => <DirectoryEdit {...props} kind="user" />,
    Read: (props) => <DirectoryRead {...props} kind="user" />,
    initial: (field, context) =>
      field.default === 'initiator' && context.initiator.id
        ? field.multiple
          ? [context.initiator.id]
          : context.initiator.id
        : undefined,
  } satisfies FieldRenderer<MemberField>,
  department: {
    Edit: (props) => <DirectoryEdit {...props} kind="department" />,
    Read: (props) => <DirectoryRead {...props} kind="department" />,
    initial: (field, context) =>
      field.default === 'initiatorDepartment' && context.initiator.department
        ? field.multiple
          ? [context.initiator.department]
          : context.initiator.department
        : undefined,
  } satisfies FieldRenderer<DepartmentField>,
}
