import type { BilingualIssue } from '@signoff/expression'
import type { FormDefinition } from '@signoff/schemas'
import { Button, Select, Tag } from 'antd'
import type { Locale, Messages } from '../i18n/dictionary.ts'
import type { ConditionField } from './condition-fields.ts'
import { ConditionRow } from './condition-row.tsx'
import { newComparison } from './leaf.ts'
import {
  appendTo,
  type Group,
  isGroup,
  itemsOf,
  joinOf,
  type Leaf,
  makeGroup,
  type Path,
  removeAt,
  replaceAt,
  setJoin,
} from './tree.ts'

export interface GroupProps {
  group: Group
  path: Path
  fields: readonly ConditionField[]
  form: FormDefinition
  t: Messages
  locale: Locale
  /** Applies an edit to the whole tree. */
  edit: (change: (root: Group) => Group) => void
  /** The problems of one test against the form. */
  check: (leaf: Leaf) => BilingualIssue[]
}

/** An AND/OR group: its tests and nested groups, with buttons to add more. */
export function ConditionGroup({ group, path, fields, form, t, locale, edit, check }: GroupProps) {
  const join = joinOf(group)
  const [first] = fields
  const items = itemsOf(group)
  return (
    <div
      className={`condition-group depth-${Math.min(path.length, 3)}${items.length ? '' : ' is-empty'}`}
      data-join={join}
    >
      {/* An empty root has nothing to join yet: just the buttons that add the first test. */}
      {items.length > 0 && (
        <div className="condition-line">
          <Select
            aria-label={t.condAll}
            className="condition-join"
            size="small"
            value={join}
            options={[
              { value: 'all', label: t.condAll },
              { value: 'any', label: t.condAny },
            ]}
            onChange={(next) => edit((root) => setJoin(root, path, next))}
          />
          {path.length > 0 && (
            <Button type="text" danger size="small" onClick={() => edit((root) => removeAt(root, path))}>
              {t.condRemove}
            </Button>
          )}
        </div>
      )}
      {items.map((item, index) => {
        const at = [...path, index]
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: tests have no ids; position is their identity
          <div key={index} className="condition-item">
            {index > 0 && (
              <Tag className="condition-joiner" color={join === 'all' ? 'blue' : 'orange'}>
                {join === 'all' ? t.condAnd : t.condOr}
              </Tag>
            )}
            {isGroup(item) ? (
              <ConditionGroup
                group={item}
                path={at}
                fields={fields}
                form={form}
                t={t}
                locale={locale}
                edit={edit}
                check={check}
              />
            ) : (
              <ConditionRow
                item={item}
                fields={fields}
                form={form}
                t={t}
                locale={locale}
                onChange={(next) => edit((root) => replaceAt(root, at, next))}
                onRemove={() => edit((root) => removeAt(root, at))}
                issues={check(item)}
              />
            )}
          </div>
        )
      })}
      <div className="condition-actions">
        <Button
          size="small"
          disabled={!first}
          onClick={() => first && edit((root) => appendTo(root, path, newComparison(first)))}
        >
          + {t.condAddRow}
        </Button>
        <Button
          size="small"
          disabled={!first}
          onClick={() =>
            first &&
            edit((root) =>
              appendTo(root, path, makeGroup(join === 'all' ? 'any' : 'all', [newComparison(first)])),
            )
          }
        >
          + {t.condAddGroup}
        </Button>
      </div>
    </div>
  )
}
