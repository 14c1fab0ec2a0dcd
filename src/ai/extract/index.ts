import { cvFormatOf, type CvFormat } from './cvFormat'
import { pdfText } from './pdfText'
import { docText, docxText } from './wordText'

export { cvFormatOf, type CvFormat } from './cvFormat'

/** Fewer letters than this and the file is treated as having no text (a scan, an empty page). */
export const MIN_TEXT_LETTERS = 20

export type ExtractionFailure = 'noText' | 'unsupported' | 'unreadable'

export type ExtractionResult =
  | { ok: true; format: CvFormat; text: string }
  | { ok: false; format: CvFormat | null; reason: ExtractionFailure; detail?: string }

const EXTRACTORS: Record<CvFormat, (data: Buffer) => Promise<string>> = { pdf: pdfText, docx: docxText, doc: docText }

/** Line breaks kept, runs of spaces and blank lines collapsed, invisible characters removed. */
export function tidyText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u00ad\u200b-\u200d\ufeff]/g, '')
    .replace(/[ \t\u00a0]+/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

/**
 * The text of a CV (PDF, DOCX or DOC). Never throws: a file without text (an image-only
 * PDF) gives `noText`, a damaged one `unreadable`, so the caller can say which.
 */
export async function extractCvText(data: Buffer, mimeType?: string | null): Promise<ExtractionResult> {
  const format = cvFormatOf(data, mimeType)
  if (!format) return { ok: false, format: null, reason: 'unsupported' }
  let text: string
  try {
    text = tidyText(await EXTRACTORS[format](data))
  } catch (error) {
    return { ok: false, format, reason: 'unreadable', detail: error instanceof Error ? error.message : String(error) }
  }
  const letters = text.match(/\p{L}/gu)?.length ?? 0
  if (letters < MIN_TEXT_LETTERS) return { ok: false, format, reason: 'noText' }
  return { ok: true, format, text }
}
