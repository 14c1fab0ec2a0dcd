import { extractText, getDocumentProxy } from 'unpdf'

/** The text of every page of a PDF, pages separated by blank lines. */
export async function pdfText(data: Buffer): Promise<string> {
  // pdf.js takes ownership of (and detaches) the buffer it is given: hand it a copy.
  const pdf = await getDocumentProxy(new Uint8Array(data))
  try {
    const { text } = await extractText(pdf, { mergePages: false })
    return text.join('\n\n')
  } finally {
    await pdf.destroy()
  }
}
