import QRCode, { type QRCodeRenderersOptions } from 'qrcode'

/**
 * QR codes of public URLs: error correction M (about 15 % of the symbol can be
 * damaged, enough for a printed badge), the standard 4-module quiet zone, plain
 * black on white so every scanner reads them.
 */
const QR_OPTIONS: QRCodeRenderersOptions = {
  errorCorrectionLevel: 'M',
  margin: 4,
  color: { dark: '#000000ff', light: '#ffffffff' },
}

export const DEFAULT_QR_SIZE = 512
const MIN_QR_SIZE = 64
const MAX_QR_SIZE = 4096

function checkUrl(url: string): void {
  let protocol = ''
  try {
    protocol = new URL(url).protocol
  } catch {
    // reported below
  }
  if (protocol !== 'http:' && protocol !== 'https:') {
    throw new Error(`QR code : adresse absolue http(s) attendue, reçu « ${url} ».`)
  }
}

function checkSize(size: number): void {
  if (!Number.isInteger(size) || size < MIN_QR_SIZE || size > MAX_QR_SIZE) {
    throw new Error(`QR code : taille attendue entre ${MIN_QR_SIZE} et ${MAX_QR_SIZE} pixels, reçu ${size}.`)
  }
}

/** A square PNG of `size` pixels (quiet zone included) encoding the URL. */
export async function qrPng(url: string, { size = DEFAULT_QR_SIZE }: { size?: number } = {}): Promise<Buffer> {
  checkUrl(url)
  checkSize(size)
  return QRCode.toBuffer(url, { ...QR_OPTIONS, type: 'png', width: size })
}

/** An SVG document encoding the URL; it scales to its container unless `size` (pixels) is given. */
export async function qrSvg(url: string, { size }: { size?: number } = {}): Promise<string> {
  checkUrl(url)
  if (size !== undefined) checkSize(size)
  return QRCode.toString(url, { ...QR_OPTIONS, type: 'svg', ...(size ? { width: size } : {}) })
}
