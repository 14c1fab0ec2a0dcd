/** The CV formats the platform accepts (collections/Cvs), as read from the first bytes. */
export type CvFormat = 'pdf' | 'docx' | 'doc'

const MIME_FORMATS: Record<string, CvFormat> = {
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/msword': 'doc',
}

const startsWith = (data: Buffer, bytes: number[]) => bytes.every((byte, index) => data[index] === byte)

/** The format from the bytes (a renamed file lies about its type), else from the declared MIME type. */
export function cvFormatOf(data: Buffer, mimeType?: string | null): CvFormat | null {
  if (startsWith(data, [0x25, 0x50, 0x44, 0x46])) return 'pdf' // %PDF
  if (startsWith(data, [0x50, 0x4b, 0x03, 0x04])) return 'docx' // a ZIP container
  if (startsWith(data, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'doc' // OLE compound file
  return (mimeType && MIME_FORMATS[mimeType]) || null
}
