import type { Condition, FormDefinition } from '@signoff/schemas'
import { Alert, Input, Segmented, Typography } from 'antd'
import { useMemo, useState } from 'react'
import { dictionaries, type Locale } from '../i18n/dictionary.ts'
import { type ConditionScope, celCondition, compiledCel, conditionIssues } from './cel-mode.ts'
import { CheckResult } from './check-result.tsx'
import { conditionFields } from './condition-fields.ts'
import { ConditionGroup } from './condition-group.tsx'
import { celToCondition } from './from-cel.ts'
import './condition.css'
import { type Group, type Leaf, rootGroup, toStored } from './tree.ts'

export interface ConditionBuilderProps {
  /** A condition as condition.schema.json defines it; undefined = no condition. */
  value: Condition | undefined
  /** Receives a value the condition schema accepts, or undefined when nothing is left. */
  onChange: (value: Condition | undefined) => void
  form: FormDefinition
  locale: Locale
  /** Inside a detail table: CEL may read the current row as `row`. */
  scope?: ConditionScope
}

type Mode = 'visual' | 'cel'

/** A branch not written yet holds `true` (always); it opens as an empty visual builder to start from. */
const unwritten = (value: Condition | undefined) =>
  value !== undefined && 'cel' in value && value.cel.trim() === 'true'
const treeOf = (value: Condition | undefined) => rootGroup(unwritten(value) ? undefined : value)

/** What advanced mode started from, so going back with the CEL untouched restores the visual tree. */
interface Entry {
  text: string
  tree: Condition | undefined
}

/**
 * Edits a condition visually (field, operator, value in AND/OR groups) or as CEL, showing the CEL it
 * compiles to and the type checker's verdict as it changes.
 */
export function ConditionBuilder({ value, onChange, form, locale, scope }: ConditionBuilderProps) {
  const t = dictionaries[locale]
  const fields = useMemo(() => conditionFields(form), [form])
  // The draft keeps what the schema would refuse while it is being filled in (an initiator test with
  // no value yet); a value from outside (undo, another field) replaces it.
  const [state, setState] = useState({ value, draft: treeOf(value) })
  const [mode, setMode] = useState<Mode>(value && 'cel' in value && !unwritten(value) ? 'cel' : 'visual')
  const [text, setText] = useState(() => compiledCel(value, form) ?? '')
  const [entry, setEntry] = useState<Entry | undefined>()
  const [kept, setKept] = useState(false)
  let draft = state.draft
  if (state.value !== value) {
    draft = treeOf(value)
    setState({ value, draft })
    setText(compiledCel(value, form) ?? '')
    setEntry(undefined)
  }
  const store = (stored: Condition | undefined, next: Group) => {
    setState({ value: stored, draft: next })
    onChange(stored)
  }
  const edit = (change: (root: Group) => Group) => {
    const next = change(draft)
    store(toStored(next), next)
    setKept(false)
  }
  const switchTo = (next: Mode) => {
    if (next === 'cel') {
      const source = compiledCel(value, form) ?? ''
      setText(source)
      setEntry({ text: source, tree: value })
    } else if (entry && text === entry.text) {
      store(entry.tree, rootGroup(entry.tree))
    } else {
      // CEL made only of what the visual builder offers reads back into rows; anything else stays one CEL row.
      const read = value && 'cel' in value ? celToCondition(value.cel, form) : undefined
      if (read) store(read, rootGroup(read))
      setKept(!read && value !== undefined && 'cel' in value)
    }
    setMode(next)
  }
  const typed = (source: string) => {
    const stored = celCondition(source)
    store(stored, rootGroup(stored))
    setText(source)
  }
  const stored = mode === 'visual' ? toStored(draft) : celCondition(text)
  const issues = stored ? conditionIssues(stored, form, scope) : []
  // Each row shows its own problems; an initiator test still waiting for a value is not stored yet.
  const check = (leaf: Leaf) =>
    'initiator' in leaf && leaf.value.length === 0 ? [] : conditionIssues(leaf, form, scope)
  const whole = issues.filter((issue) => issue.path === '')
  const cel = compiledCel(stored, form)
  return (
    <div className="condition-builder">
      <Segmented
        size="small"
        value={mode}
        onChange={(next) => switchTo(next as Mode)}
        options={[
          { value: 'visual', label: t.condVisual },
          { value: 'cel', label: t.condAdvanced },
        ]}
      />
      {mode === 'visual' ? (
        <>
          {kept && <Alert type="info" showIcon title={t.condCelKept} className="condition-note" />}
          <ConditionGroup
            group={draft}
            path={[]}
            fields={fields}
            form={form}
            t={t}
            locale={locale}
            edit={edit}
            check={check}
          />
          {stored ? (
            <div className="condition-compiled">
              {cel && <Typography.Text type="secondary">{t.condCompiled}</Typography.Text>}
              {cel && (
                <pre className="condition-cel mono" data-testid="compiled-cel">
                  {cel}
                </pre>
              )}
              {(issues.length === 0 || whole.length > 0) && (
                <CheckResult issues={whole} t={t} locale={locale} />
              )}
            </div>
          ) : (
            <Typography.Text type="secondary">{t.condNone}</Typography.Text>
          )}
        </>
      ) : (
        <div className="condition-advanced">
          <Input.TextArea
            aria-label={t.condCelRow}
            className="mono"
            autoSize={{ minRows: 2, maxRows: 8 }}
            placeholder={t.condCelPlaceholder}
            value={text}
            onChange={(e) => typed(e.target.value)}
          />
          {stored ? (
            <CheckResult issues={issues} t={t} locale={locale} />
          ) : (
            <Typography.Text type="secondary">{t.condNone}</Typography.Text>
          )}
        </div>
      )}
    </div>
  )
}
