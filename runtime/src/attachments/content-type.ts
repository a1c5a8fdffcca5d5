// What a file is, decided by its first bytes, and whether a field's accept list allows it.

const startsWith = (head: Uint8Array, bytes: readonly number[], at = 0) =>
  bytes.every((byte, index) => head[at + index] === byte)
const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0))

/** Content types recognised by their magic bytes; anything else is refused. */
const signatures: Record<string, (head: Uint8Array) => boolean> = {
  'application/pdf': (head) => startsWith(head, ascii('%PDF-')),
  'image/png': (head) => startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  'image/jpeg': (head) => startsWith(head, [0xff, 0xd8, 0xff]),
  'image/gif': (head) => startsWith(head, ascii('GIF87a')) || startsWith(head, ascii('GIF89a')),
  'image/webp': (head) => startsWith(head, ascii('RIFF')) && startsWith(head, ascii('WEBP'), 8),
  'application/zip': (head) => startsWith(head, [0x50, 0x4b, 0x03, 0x04]),
}

/** Office documents are zip files; the extension says which, the content that it is a zip. */
const zipDocuments: Record<string, string> = {
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.pptx': 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
}

const extensionTypes: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.zip': 'application/zip',
  ...zipDocuments,
}

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.')
  return dot < 0 ? '' : name.slice(dot).toLowerCase()
}

/**
 * Whether a file's name agrees with its content: an extension this server knows must be the
 * content's, and any other word-like extension (.html, .svg, .exe, .js …) is refused, because a
 * downloaded file is opened by its name: a PDF named page.html would run as a page.
 */
export function nameFits(mime: string, name: string): boolean {
  const extension = extensionOf(name)
  const known = extensionTypes[extension]
  if (known !== undefined) return known === mime
  return !/^\.[a-z0-9]*[a-z][a-z0-9]*$/.test(extension)
}

/** The content type of a file from its first bytes (at least 12) and name; undefined when unknown. */
export function sniff(head: Uint8Array, name: string): string | undefined {
  const found = Object.keys(signatures).find((type) => signatures[type]?.(head))
  if (found === 'application/zip') return zipDocuments[extensionOf(name)] ?? found
  return found
}

/**
 * Whether an accept list (MIME types, `type/*` wildcards, `.ext` extensions) allows a file whose
 * content is `mime`. An extension entry needs the name to carry it and the content to be that type.
 */
export function accepts(accept: readonly string[], mime: string, name: string): boolean {
  return accept.some((entry) => {
    const lower = entry.toLowerCase()
    if (lower.startsWith('.')) return extensionOf(name) === lower && extensionTypes[lower] === mime
    if (lower.endsWith('/*')) return mime.startsWith(lower.slice(0, -1))
    return lower === mime
  })
}
