import { Spin, Tree, Typography } from 'antd'
import { useCallback } from 'react'
import { api } from '../../api/client.ts'
import type { DepartmentTree } from '../../api/types.ts'
import { useMessages } from '../../i18n/locale-store.ts'
import { useDirectory } from '../directory.tsx'
import { useLoad } from './use-load.ts'

interface TreeNode {
  key: string
  title: string
  children: TreeNode[]
}

export function DepartmentsSection() {
  const t = useMessages()
  const names = useDirectory()
  const [list] = useLoad(useCallback(() => api.departments(), []))
  if (list === undefined) return <Spin />
  if (list instanceof Error) return <Typography.Text type="danger">{list.message}</Typography.Text>
  const members = (id: string) => names.users.filter((user) => user.departmentId === id).length
  const node = (department: DepartmentTree): TreeNode => ({
    key: department.id,
    title: `${department.name} · ${t.head}: ${department.headId ? names.user(department.headId) : '—'} · ${t.members} ${members(department.id)}`,
    children: (department.children ?? []).map(node),
  })
  return <Tree defaultExpandAll treeData={list.tree.map(node)} selectable={false} />
}
