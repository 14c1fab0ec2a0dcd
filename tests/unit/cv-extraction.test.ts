import { readFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'

import { extractCvText } from '@/ai/extract'
import { analyzeLocally } from '@/ai/local/analyzeLocally'
import { docFromDocx, docxFromText, imageOnlyPdf, pdfFromText, sofficeAvailable } from '../fixtures/cvs/cvFiles'

const CV = readFileSync(path.resolve(__dirname, '../fixtures/cvs/01-comedienne-dakar.txt'), 'utf8')
const now = new Date('2026-11-25')

/** What the analysis depends on: accented words, a date range, a language line. */
function expectCvContent(text: string) {
  expect(text).toContain('Aminata Diallo')
  expect(text).toContain('Théâtre national Daniel Sorano')
  expect(text).toMatch(/Mars 2019 - présent/)
  expect(text).toMatch(/Wolof : langue maternelle/)
  const result = analyzeLocally(text, { locale: 'fr', now })
  expect(result.skills.map((skill) => skill.slug)).toEqual(expect.arrayContaining(['chant', 'sabar', 'natation']))
  expect(result.languages.map((language) => language.code)).toEqual(['fr', 'wo', 'en'])
  expect(result.yearsOfExperience).toBe(11)
}

describe('CV text extraction from real files', () => {
  let hasSoffice = false
  beforeAll(async () => {
    hasSoffice = await sofficeAvailable()
  })

  it('reads a PDF rendered by @react-pdf/renderer', async () => {
    const pdf = await pdfFromText(CV)
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF')
    const extracted = await extractCvText(pdf, 'application/pdf')
    expect(extracted).toMatchObject({ ok: true, format: 'pdf' })
    if (extracted.ok) expectCvContent(extracted.text)
  })

  it('reads a DOCX made with the docx package, whatever MIME type it was declared with', async () => {
    const docx = await docxFromText(CV)
    const extracted = await extractCvText(docx, 'application/pdf')
    expect(extracted).toMatchObject({ ok: true, format: 'docx' })
    if (extracted.ok) expectCvContent(extracted.text)
  })

  it('reads a legacy .doc converted by LibreOffice', async (context) => {
    if (!hasSoffice) context.skip('LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui')
    const doc = await docFromDocx(await docxFromText(CV))
    expect(doc.subarray(0, 4)).toEqual(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))
    const extracted = await extractCvText(doc, 'application/msword')
    expect(extracted).toMatchObject({ ok: true, format: 'doc' })
    if (extracted.ok) expectCvContent(extracted.text)
  }, 120_000)

  it('says "no text" for an image-only (scanned) PDF instead of failing', async () => {
    const extracted = await extractCvText(await imageOnlyPdf(), 'application/pdf')
    expect(extracted).toEqual({ ok: false, format: 'pdf', reason: 'noText' })
  })

  it('says "unreadable" for a damaged file and "unsupported" for something else', async () => {
    const pdf = await pdfFromText(CV)
    expect(await extractCvText(pdf.subarray(0, 200), 'application/pdf')).toMatchObject({ ok: false, format: 'pdf', reason: 'unreadable' })
    expect(await extractCvText(Buffer.from('plain text pretending'), 'text/plain')).toEqual({ ok: false, format: null, reason: 'unsupported' })
  })
})
