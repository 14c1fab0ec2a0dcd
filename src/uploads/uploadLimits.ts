/**
 * Size and format limits of each kind of upload (SPEC §4), with their messages. Free of
 * server dependencies so forms can check a file before sending it; the server decides
 * from the bytes (`uploadRules.ts`), the browser only gives fast feedback from the name.
 */
export const UPLOAD_LIMITS = {
  photo: { maxBytes: 5 * 1024 * 1024, extensions: ['png', 'jpg', 'jpeg'], accept: 'PNG, JPG, JPEG' },
  cv: { maxBytes: 10 * 1024 * 1024, extensions: ['pdf', 'doc', 'docx'], accept: 'PDF, DOC, DOCX' },
  logo: { maxBytes: 2 * 1024 * 1024, extensions: ['png', 'jpg', 'jpeg', 'webp'], accept: 'PNG, JPG, JPEG, WEBP' },
  seo: { maxBytes: 5 * 1024 * 1024, extensions: ['png', 'jpg', 'jpeg', 'gif', 'webp'], accept: 'PNG, JPG, JPEG, GIF, WEBP' },
} as const

export type UploadKind = keyof typeof UPLOAD_LIMITS

export type UploadRefusal = 'empty' | 'tooLarge' | 'wrongType'

/** The `accept` attribute of a file input for this kind: `.png,.jpg,.jpeg`. */
export function acceptAttribute(kind: UploadKind): string {
  return UPLOAD_LIMITS[kind].extensions.map((extension) => `.${extension}`).join(',')
}

/** What the browser can tell before sending: the size and the name's extension. */
export function precheckUpload(kind: UploadKind, file: { name: string; size: number }): UploadRefusal | null {
  const limits = UPLOAD_LIMITS[kind]
  if (file.size === 0) return 'empty'
  if (file.size > limits.maxBytes) return 'tooLarge'
  const extension = file.name.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? ''
  if (!(limits.extensions as readonly string[]).includes(extension)) return 'wrongType'
  return null
}

const megabytes = (kind: UploadKind) => UPLOAD_LIMITS[kind].maxBytes / 1024 / 1024

const MESSAGES = {
  fr: {
    empty: () => 'Le fichier est vide.',
    tooLarge: (kind: UploadKind) => `Fichier trop volumineux : ${megabytes(kind)} Mo maximum.`,
    wrongType: (kind: UploadKind) =>
      `Type de fichier non accepté. Formats acceptés : ${UPLOAD_LIMITS[kind].accept} (le contenu du fichier est vérifié, pas seulement son nom).`,
  },
  en: {
    empty: () => 'The file is empty.',
    tooLarge: (kind: UploadKind) => `File too large: ${megabytes(kind)} MB maximum.`,
    wrongType: (kind: UploadKind) =>
      `File type not accepted. Accepted formats: ${UPLOAD_LIMITS[kind].accept} (the file's content is checked, not only its name).`,
  },
}

export function uploadErrorMessage(kind: UploadKind, reason: UploadRefusal, language = 'fr'): string {
  return MESSAGES[language === 'en' ? 'en' : 'fr'][reason](kind)
}
