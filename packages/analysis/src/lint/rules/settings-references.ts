import type { Rule } from '../context.ts'
import { type Finding, finding } from '../finding.ts'
import { under } from '../pointer.ts'

const kinds = {
  users: { en: 'user', zh: '成员' },
  departments: { en: 'department', zh: '部门' },
  roles: { en: 'role', zh: '角色' },
} as const

/** Who may start and administer the app, checked against the organization when one is given. */
export const settingsReferences: Rule = ({ app, directory }) => {
  if (!directory) return []
  const findings: Finding[] = []
  const known = { users: directory.users, departments: directory.departments, roles: directory.roles }
  const starters = app.settings.starters
  for (const kind of ['users', 'departments', 'roles'] as const) {
    const ids = 'everyone' in starters ? undefined : starters[kind]
    ids?.forEach((id, k) => {
      if (known[kind].has(id)) return
      findings.push(
        finding(
          'settings.unknownStarter',
          'warning',
          under('/settings/starters', kind, k),
          `Starters name ${kinds[kind].en} '${id}', which does not exist`,
          `发起人范围中的${kinds[kind].zh}“${id}”不存在`,
        ),
      )
    })
  }
  app.settings.admins?.forEach((id, k) => {
    if (directory.users.has(id)) return
    findings.push(
      finding(
        'settings.unknownAdmin',
        'warning',
        under('/settings/admins', k),
        `App admin '${id}' is not a user of the organization`,
        `应用管理员“${id}”不是本组织的成员`,
      ),
    )
  })
  return findings
}
