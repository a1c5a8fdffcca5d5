import { Select } from 'antd'
import { useMessages } from '../i18n/locale-store.ts'
import { useDirectory } from './directory.tsx'

interface UserPickerProps {
  value?: string | string[]
  onChange?: (value: string | string[]) => void
  multiple?: boolean
  /** People who cannot be chosen (e.g. oneself when transferring). */
  exclude?: string[]
}

/** Chooses active members by name, login or department. */
export function UserPicker({ value, onChange, multiple, exclude = [] }: UserPickerProps) {
  const t = useMessages()
  const names = useDirectory()
  const options = names.users
    .filter((user) => user.active && !exclude.includes(user.id))
    .map((user) => ({
      value: user.id,
      label: `${user.name}（${user.login}）`,
      search:
        `${user.name} ${user.login} ${user.departmentId ? names.department(user.departmentId) : ''}`.toLowerCase(),
    }))
  return (
    <Select
      showSearch={{
        filterOption: (input, option) => (option?.search ?? '').includes(input.trim().toLowerCase()),
      }}
      mode={multiple ? 'multiple' : undefined}
      placeholder={t.pickUser}
      aria-label={t.pickUser}
      value={value}
      onChange={onChange}
      options={options}
      className="user-picker"
    />
  )
}
