import type { Directory } from '@signoff/schemas'
import type { DirectoryService, RendererServices, RuleContext, UploadService } from '../types.ts'

/** A directory service over an in-memory directory (the demo organisation in tests and the harness). */
export function directoryOf(directory: Directory): DirectoryService {
  const departmentName = (id: string | null | undefined) =>
    directory.departments.find((d) => d.id === id)?.name
  const entries = (kind: 'user' | 'department') =>
    kind === 'user'
      ? directory.users.map((u) => ({ id: u.id, name: u.name, hint: departmentName(u.departmentId) ?? '' }))
      : directory.departments.map((d) => ({ id: d.id, name: d.name }))
  return {
    search: async (kind, query) =>
      entries(kind).filter((entry) => entry.name.includes(query) || entry.id.includes(query.toLowerCase())),
    resolve: async (kind, ids) => entries(kind).filter((entry) => ids.includes(entry.id)),
  }
}

/** An uploader that reports 50% then answers a stored file with a made-up id. */
export function fakeUploader(): UploadService & { calls: string[] } {
  const calls: string[] = []
  const upload = async (file: File, { onProgress }: { onProgress(percent: number): void }) => {
    calls.push(file.name)
    onProgress(50)
    return { id: `att_${calls.length}`, name: file.name, size: file.size, mime: file.type }
  }
  return Object.assign(upload, { calls })
}

export function demoServices(directory: Directory): RendererServices {
  return { directory: directoryOf(directory), upload: fakeUploader() }
}

/** zhangsan of 品牌组 (under 市场部) as the demo initiator. */
export const zhangsan: RuleContext = {
  initiator: {
    id: 'zhangsan',
    department: 'brand',
    departments: ['brand', 'marketing', 'root'],
    roles: ['employee'],
  },
  today: '2026-11-23',
}
