import { fileTypeFromBuffer } from 'file-type'

import { UPLOAD_LIMITS, type UploadKind, type UploadRefusal } from './uploadLimits'

export { uploadErrorMessage, type UploadKind, type UploadRefusal } from './uploadLimits'

/** What each kind of upload accepts (SPEC §4), judged from the file's bytes, not its name. */
export const UPLOAD_RULES = {
  photo: {
    ...UPLOAD_LIMITS.photo,
    types: { 'image/png': 'png', 'image/jpeg': 'jpg' } as Record<string, string>,
  },
  cv: {
    ...UPLOAD_LIMITS.cv,
    types: {
      'application/pdf': 'pdf',
      // A legacy .doc is an OLE compound file; file-type reports the container.
      'application/x-cfb': 'doc',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
    } as Record<string, string>,
  },
  logo: {
    ...UPLOAD_LIMITS.logo,
    types: { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/webp': 'webp' } as Record<string, string>,
  },
  seo: {
    ...UPLOAD_LIMITS.seo,
    types: { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/gif': 'gif', 'image/webp': 'webp' } as Record<string, string>,
  },
} as const satisfies Record<UploadKind, unknown>

const CANONICAL_MIME: Record<string, string> = { 'application/x-cfb': 'application/msword' }

export type UploadCheck =
  | { ok: true; mimeType: string; extension: string }
  | { ok: false; reason: UploadRefusal }

export async function checkUpload(kind: UploadKind, data: Uint8Array): Promise<UploadCheck> {
  const rules = UPLOAD_RULES[kind]
  if (data.byteLength === 0) return { ok: false, reason: 'empty' }
  if (data.byteLength > rules.maxBytes) return { ok: false, reason: 'tooLarge' }
  const detected = await fileTypeFromBuffer(data)
  const extension = detected && rules.types[detected.mime]
  if (!detected || !extension) return { ok: false, reason: 'wrongType' }
  return { ok: true, mimeType: CANONICAL_MIME[detected.mime] ?? detected.mime, extension }
}
