import type { RendererServices } from '@signoff/form-renderer'

/**
 * Files chosen in the preview stay in the browser: nothing is stored for a form that is not published,
 * yet the owner sees the field's type and size rules, the list and the thumbnails work as in the workspace.
 */
export function localFiles(): Required<Pick<RendererServices, 'upload' | 'attachmentUrl'>> {
  const urls = new Map<string, string>()
  let next = 0
  return {
    upload: async (file, { onProgress }) => {
      next += 1
      const id = `preview-${next}`
      urls.set(id, URL.createObjectURL(file))
      onProgress(100)
      return { id, name: file.name, size: file.size, mime: file.type || 'application/octet-stream' }
    },
    attachmentUrl: (file) => urls.get(file.id) ?? '',
  }
}
