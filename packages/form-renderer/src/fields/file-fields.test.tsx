// @vitest-environment jsdom
import '../testing/dom-setup.ts'
import { fireEvent, screen, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { fakeUploader } from '../testing/demo-services.ts'
import { renderForm } from '../testing/form-harness.tsx'
import { formWith } from '../testing/pick.ts'
import type { UploadService } from '../types.ts'

const choose = (label: string, ...files: File[]) =>
  fireEvent.change(screen.getByLabelText(label), { target: { files } })

const file = (name: string, type: string, bytes = 10) => new File(['x'.repeat(bytes)], name, { type })

describe('attachment and image fields', () => {
  it('uploads through the injected uploader and keeps the stored file', async () => {
    const upload = fakeUploader()
    const { values } = renderForm(formWith('files'), { services: { upload } })
    choose('附件', file('合同.pdf', 'application/pdf', 100))
    await waitFor(() =>
      expect(values()).toEqual({
        files: [{ id: 'att_1', name: '合同.pdf', size: 100, mime: 'application/pdf' }],
      }),
    )
    expect(screen.getByText('合同.pdf')).toBeTruthy()
  })

  it('refuses a file that is too big or of a type the field does not accept, before uploading', () => {
    const upload = fakeUploader()
    const { values } = renderForm(formWith('files'), { services: { upload } })
    choose('附件', file('huge.pdf', 'application/pdf', 4096))
    expect(screen.getByRole('alert').textContent).toBe('“huge.pdf”超过 2 KB，无法上传')
    choose('附件', file('photo.png', 'image/png'))
    expect(screen.getByRole('alert').textContent).toBe(
      '“photo.png”的类型不被接受，只能上传 application/pdf、.txt',
    )
    expect(upload.calls).toEqual([])
    expect(values()).toEqual({})
  })

  it('explains refusals in English too and counts files against maxCount', async () => {
    const upload = fakeUploader()
    renderForm(formWith('files'), { services: { upload }, locale: 'en' })
    choose('Files', file('a.txt', 'text/plain'), file('b.txt', 'text/plain'), file('c.txt', 'text/plain'))
    expect(screen.getByRole('alert').textContent).toBe('At most 2 files')
    await waitFor(() => expect(upload.calls).toEqual(['a.txt', 'b.txt']))
  })

  it('shows upload progress until the file is stored', async () => {
    let finish: () => void = () => {}
    const upload: UploadService = (chosen, { onProgress }) =>
      new Promise((resolve) => {
        onProgress(40)
        finish = () => resolve({ id: 'att_9', name: chosen.name, size: chosen.size, mime: chosen.type })
      })
    const { values } = renderForm(formWith('photos'), { services: { upload } })
    choose('照片', file('receipt.jpg', 'image/jpeg'))
    const progress = await screen.findByRole('progressbar')
    expect(progress.getAttribute('aria-valuenow')).toBe('40')
    finish()
    await waitFor(() => expect(values().photos).toHaveLength(1))
    expect(screen.queryByRole('progressbar')).toBeNull()
  })

  it('an image field accepts only pictures when it names no types', () => {
    const upload = fakeUploader()
    renderForm(formWith('photos'), { services: { upload } })
    choose('照片', file('notes.pdf', 'application/pdf'))
    expect(screen.getByRole('alert').textContent).toContain('image/jpeg')
    expect(upload.calls).toEqual([])
  })

  it('removes an uploaded file', () => {
    const stored = { id: 'att_1', name: '发票.png', size: 2048, mime: 'image/png' }
    const { values } = renderForm(formWith('photos'), {
      services: { upload: fakeUploader() },
      value: { photos: [stored] },
    })
    fireEvent.click(screen.getByRole('button', { name: '删除 发票.png' }))
    expect(values()).toEqual({})
  })
})
