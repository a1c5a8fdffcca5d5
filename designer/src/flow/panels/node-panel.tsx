import { nodeTypeOf } from '@signoff/node-types'
import type { FlowNode, NodeKind } from '@signoff/schemas'
import { Button, Empty, Form, Popconfirm, Typography } from 'antd'
import { pickText } from '../../i18n/locale-store.ts'
import { editorFor } from '../../properties/property-model.ts'
import { flowActions } from '../../store/flow-actions.ts'
import { useFlowSelection } from '../../store/flow-selection.ts'
import { designerStore } from '../../store/use-designer.ts'
import { PropertyEditor } from '../../ui/property-editor.tsx'
import { isSplit, isTerminal } from '../flow-roles.ts'
import { ownProperties, requiredOf } from './node-schemas.ts'
import type { PanelContext } from './panel-context.ts'
import { genericLabels, propertySections } from './property-sections.tsx'

/**
 * The selected node's properties, listed from its kind's schema: shared properties get their own
 * editors (approver rules, permissions, timeouts, branches, ...), anything else the generic one.
 */
export function NodePanel({ node, ctx }: { node: FlowNode | undefined; ctx: PanelContext }) {
  if (!node) return <Empty className="panel-empty" description={ctx.t.flowNoSelection} />
  const kind = node.kind as NodeKind
  const spec = nodeTypeOf(kind)
  const actions = flowActions(designerStore)
  const values = node as unknown as Record<string, unknown>
  const set = (key: string) => (value: unknown) => actions.setNodeProperty(node.id, key, value)
  const required = requiredOf(kind)
  const remove = () => {
    if (actions.removeNode(node.id)) useFlowSelection.getState().select(null)
  }
  return (
    <div className="flow-node-panel" data-node-id={node.id}>
      <Typography.Title level={5} className="flow-panel-title">
        <span className="flow-panel-dot" style={{ background: spec.color }} />
        {pickText(spec.label, ctx.locale)}
        <Typography.Text type="secondary" className="mono flow-node-id">
          {node.id}
        </Typography.Text>
      </Typography.Title>
      <Form layout="vertical" size="small" component="div">
        <Form.Item label={ctx.t.nodeName} required>
          <PropertyEditor editor={{ kind: 'i18n' }} value={node.name} required onChange={set('name')} />
        </Form.Item>
        <Form.Item label={ctx.t.nodeDescription}>
          <PropertyEditor
            editor={{ kind: 'i18n' }}
            value={node.description}
            required={false}
            onChange={set('description')}
          />
        </Form.Item>
        {ownProperties(kind).map(([key, schema]) => {
          const section = propertySections[key]
          const label = section?.label ?? genericLabels[key]
          return (
            <Form.Item
              key={key}
              label={label ? ctx.t[label] : key}
              tooltip={schema.description}
              required={required.includes(key)}
              className={`flow-prop-${key}`}
            >
              {section ? (
                section.render({ node, value: values[key], ctx, onChange: set(key) })
              ) : (
                <PropertyEditor
                  editor={editorFor(schema)}
                  value={values[key]}
                  required={required.includes(key)}
                  onChange={set(key)}
                />
              )}
            </Form.Item>
          )
        })}
        {isSplit(node) && !('branches' in node) && (
          <Button size="small" onClick={() => actions.addBranch(node.id)}>
            + {ctx.t.flowAddBranch}
          </Button>
        )}
      </Form>
      {!isTerminal(node) && (
        <Popconfirm
          title={ctx.t.flowDeleteNode}
          description={isSplit(node) ? ctx.t.flowDeleteBlockConfirm : undefined}
          okText={ctx.t.delete}
          cancelText={ctx.t.cancel}
          onConfirm={remove}
        >
          <Button danger block className="flow-delete-node">
            {ctx.t.flowDeleteNode}
          </Button>
        </Popconfirm>
      )}
    </div>
  )
}
