import path from 'node:path'

/** Local folder of one kind of upload: UPLOADS_DIR/<kind> (default ./uploads/photos, ./uploads/cvs…). */
export function uploadDirectory(kind: 'photos' | 'cvs' | 'logos' | 'qrcodes' | 'seo'): string {
  return path.resolve(process.env.UPLOADS_DIR || 'uploads', kind)
}
