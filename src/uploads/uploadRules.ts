import { fileTypeFromBuffer } from 'file-type'

/** What each kind of upload accepts (SPEC §4), judged from the file's bytes, not its name. */
export const UPLOAD_RULES = {
  photo: {
    maxBytes: 5 * 1024 * 1024,
    types: { 'image/png': 'png', 'image/jpeg': 'jpg' } as Record<string, string>,
    accept: 'PNG, JPG, JPEG',
  },
  cv: {
    maxBytes: 10 * 1024 * 1024,
    types: {
      'application/pdf': 'pdf',
      // A legacy .doc is an OLE compound file; file-type reports the container.
      'application/x-cfb': 'doc',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
    } as Record<string, string>,
    accept: 'PDF, DOC, DOCX',
  },
} as const

export type UploadKind = keyof typeof UPLOAD_RULES

const CANONICAL_MIME: Record<string, string> = { 'application/x-cfb': 'application/msword' }

export type UploadCheck =
  | { ok: true; mimeType: string; extension: string }
  | { ok: false; reason: 'empty' | 'tooLarge' | 'wrongType' }

export async function checkUpload(kind: UploadKind, data: Uint8Array): Promise<UploadCheck> {
  const rules = UPLOAD_RULES[kind]
  if (data.byteLength === 0) return { ok: false, reason: 'empty' }
  if (data.byteLength > rules.maxBytes) return { ok: false, reason: 'tooLarge' }
  const detected = await fileTypeFromBuffer(data)
  const extension = detected && rules.types[detected.mime]
  if (!detected || !extension) return { ok: false, reason: 'wrongType' }
  return { ok: true, mimeType: CANONICAL_MIME[detected.mime] ?? detected.mime, extension }
}

const MESSAGES = {
  fr: {
    empty: () => 'Le fichier est vide.',
    tooLarge: (kind: UploadKind) =>
      `Fichier trop volumineux : ${UPLOAD_RULES[kind].maxBytes / 1024 / 1024} Mo maximum.`,
    wrongType: (kind: UploadKind) =>
      `Type de fichier non accepté. Formats acceptés : ${UPLOAD_RULES[kind].accept} (le contenu du fichier est vérifié, pas seulement son nom).`,
  },
  en: {
    empty: () => 'The file is empty.',
    tooLarge: (kind: UploadKind) => `File too large: ${UPLOAD_RULES[kind].maxBytes / 1024 / 1024} MB maximum.`,
    wrongType: (kind: UploadKind) =>
      `File type not accepted. Accepted formats: ${UPLOAD_RULES[kind].accept} (the file's content is checked, not only its name).`,
  },
}

export function uploadErrorMessage(kind: UploadKind, reason: 'empty' | 'tooLarge' | 'wrongType', language = 'fr'): string {
  return MESSAGES[language === 'en' ? 'en' : 'fr'][reason](kind)
}
