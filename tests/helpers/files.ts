import type { Payload } from 'payload'
import sharp from 'sharp'

/** A real JPEG photo of the given size in pixels. */
export async function jpegPhoto(width = 600, height = 800): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 180, g: 70, b: 31 } } })
    .jpeg({ quality: 80 })
    .toBuffer()
}

/** A 900 × 1200 portrait uploaded to `photos` for `ownerId` (through the collection, so its sizes are made). */
export async function createPortrait(payload: Payload, ownerId: number, alt: string) {
  return payload.create({
    collection: 'photos',
    data: { owner: ownerId, alt },
    file: { data: await jpegPhoto(900, 1200), mimetype: 'image/jpeg', name: 'portrait.jpg', size: 0 },
  })
}

/** A minimal but valid one-page PDF, as a CV. */
export function pdfCv(text = 'Curriculum vitae'): Buffer {
  const stream = `BT /F1 18 Tf 72 720 Td (${text}) Tj ET`
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ]
  let body = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body))
    body += `${index + 1} 0 obj\n${object}\nendobj\n`
  })
  const xref = Buffer.byteLength(body)
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  body += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(body)
}

/** The first bytes of a Linux executable, whatever name it is given. */
export function executableBytes(): Buffer {
  return Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(2048, 1)])
}
