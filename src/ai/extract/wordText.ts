import mammoth from 'mammoth'
import WordExtractor from 'word-extractor'

/** The raw text of a DOCX (paragraphs on their own lines). */
export async function docxText(data: Buffer): Promise<string> {
  const { value } = await mammoth.extractRawText({ buffer: data })
  return value
}

/** The body text of a legacy Word 97–2003 document. */
export async function docText(data: Buffer): Promise<string> {
  const document = await new WordExtractor().extract(data)
  return document.getBody()
}
