import { Form, Select } from 'antd'
import { pickText, useLocale, useMessages } from '../i18n/locale-store.ts'
import { candidatesOf, type Selection } from '../model/selections.ts'
import { useDirectory } from './directory.tsx'

interface ApproverChoicesProps {
  selections: Selection[]
  chosen: Record<string, string[]>
  onChange: (chosen: Record<string, string[]>) => void
  /** The server's messages by node (from /selectedApprovers/<node>). */
  errors: Record<string, string>
}

/** The steps whose approvers the initiator picks, one picker each. */
export function ApproverChoices({ selections, chosen, onChange, errors }: ApproverChoicesProps) {
  const t = useMessages()
  const locale = useLocale()
  const names = useDirectory()
  return (
    <Form layout="vertical" component={false}>
      {selections.map((selection) => (
        <Form.Item
          key={selection.node}
          label={pickText(selection.name, locale) || selection.node}
          required
          {...(errors[selection.node]
            ? { validateStatus: 'error' as const, help: errors[selection.node] }
            : {})}
        >
          <Select
            mode={selection.multiple ? 'multiple' : undefined}
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t.chooseApprovers}
            aria-label={pickText(selection.name, locale) || selection.node}
            value={selection.multiple ? (chosen[selection.node] ?? []) : chosen[selection.node]?.[0]}
            onChange={(value: string | string[] | undefined) =>
              onChange({ ...chosen, [selection.node]: value === undefined ? [] : [value].flat() })
            }
            allowClear
            options={candidatesOf(selection, names.users).map((user) => ({
              value: user.id,
              label: user.name,
            }))}
          />
        </Form.Item>
      ))}
    </Form>
  )
}
