/** The largest file any field may take (the schema's bound for maxSize). */
export const maxUploadBytes = 104_857_600

/** Without a field to ask: documents and images the server can recognise. */
export const defaultAccept = ['application/pdf', 'image/*', '.docx', '.xlsx', '.pptx', '.zip']
