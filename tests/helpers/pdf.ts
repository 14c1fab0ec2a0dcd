import { execFile } from 'node:child_process'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import jsQR from 'jsqr'
import { PNG } from 'pngjs'

const run = promisify(execFile)

async function withPdfFile<T>(pdf: Buffer, use: (file: string, directory: string) => Promise<T>): Promise<T> {
  const directory = await mkdtemp(path.join(tmpdir(), 'taalentio-pdf-'))
  try {
    const file = path.join(directory, 'document.pdf')
    await writeFile(file, pdf)
    return await use(file, directory)
  } finally {
    await rm(directory, { recursive: true, force: true })
  }
}

/** Every page of the PDF as a PNG, drawn by poppler's pdftoppm at `dpi`. */
export function pdfPagesAsPng(pdf: Buffer, { dpi = 200 }: { dpi?: number } = {}): Promise<Buffer[]> {
  return withPdfFile(pdf, async (file, directory) => {
    await run('pdftoppm', ['-png', '-r', String(dpi), file, path.join(directory, 'page')])
    const pages = (await readdir(directory)).filter((name) => name.startsWith('page')).sort()
    return Promise.all(pages.map((name) => readFile(path.join(directory, name))))
  })
}

/** The PDF's text as poppler's pdftotext reads it (what a search or a screen reader gets). */
export function pdfText(pdf: Buffer): Promise<string> {
  return withPdfFile(pdf, async (file) => (await run('pdftotext', ['-enc', 'UTF-8', file, '-'])).stdout)
}

/** Page sizes in PDF points, from pdfinfo. */
export function pdfPageSizes(pdf: Buffer): Promise<{ width: number; height: number }[]> {
  return withPdfFile(pdf, async (file) => {
    const { stdout } = await run('pdfinfo', ['-f', '1', '-l', '9999', file])
    return [...stdout.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((match) => ({ width: Number(match[1]), height: Number(match[2]) }))
  })
}

export type Box = { x: number; y: number; width: number; height: number }

/** Decodes the QR code in a PNG, or in the part `box` (pixels) of it; null when none is found. */
export function decodeQr(png: Buffer, box?: Box): string | null {
  const image = PNG.sync.read(png)
  const area = box ?? { x: 0, y: 0, width: image.width, height: image.height }
  const x0 = Math.max(0, Math.round(area.x))
  const y0 = Math.max(0, Math.round(area.y))
  const width = Math.min(image.width - x0, Math.round(area.width))
  const height = Math.min(image.height - y0, Math.round(area.height))
  const pixels = new Uint8ClampedArray(width * height * 4)
  for (let row = 0; row < height; row += 1) {
    const start = ((y0 + row) * image.width + x0) * 4
    pixels.set(image.data.subarray(start, start + width * 4), row * width * 4)
  }
  return jsQR(pixels, width, height)?.data ?? null
}
