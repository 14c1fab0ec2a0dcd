import type { PayloadRequest } from 'payload'

/** What a form endpoint answers when the body is not the multipart it expects. */
export const MALFORMED_FORM = {
  fr: 'Formulaire illisible : rechargez la page et réessayez.',
  en: 'Unreadable form: reload the page and try again.',
} as const

export type UploadedFile = { data: Buffer; name: string }

/**
 * A multipart form whose `data` part holds the form's values as JSON (how the registration
 * and profile forms send values beside files). Null when the body cannot be read.
 */
export async function readMultipartForm(req: PayloadRequest): Promise<{ form: FormData; data: unknown } | null> {
  try {
    const form = await req.formData!()
    return { form, data: JSON.parse(String(form.get('data') ?? '')) }
  } catch {
    return null
  }
}

/** A file part, or undefined when absent or empty. An oversized file is not read into memory: checkUpload then refuses it by size. */
export async function uploadedFile(value: FormDataEntryValue | null, maxBytes: number): Promise<UploadedFile | undefined> {
  if (!value || typeof value === 'string' || value.size === 0) return undefined
  const data = value.size > maxBytes ? Buffer.alloc(maxBytes + 1) : Buffer.from(await value.arrayBuffer())
  return { data, name: value.name }
}
