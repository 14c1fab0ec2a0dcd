import { renameSync, writeFileSync } from 'node:fs'

import jsQR from 'jsqr'
import { PNG } from 'pngjs'

/**
 * A video for Chromium's fake camera (`--use-file-for-fake-video-capture=FILE.y4m`): the
 * picture of a real badge's QR code, so a browser test scans what a phone would see.
 * Y4M is a header line, then per frame `FRAME\n` and the Y, U and V planes (4:2:0).
 */

export type Gray = { width: number; height: number; data: Uint8Array }

/** A PNG as luminance (0–255), transparent pixels composited on white. */
export function pngToGray(png: Buffer): Gray {
  const image = PNG.sync.read(png)
  const data = new Uint8Array(image.width * image.height)
  for (let i = 0; i < data.length; i += 1) {
    const [r, g, b, a] = image.data.subarray(i * 4, i * 4 + 4)
    const luminance = 0.299 * r + 0.587 * g + 0.114 * b
    data[i] = Math.round((luminance * a + 255 * (255 - a)) / 255)
  }
  return { width: image.width, height: image.height, data }
}

/**
 * The QR code of a rendered badge, cut out with a white quiet zone of `quiet` modules-ish
 * (a fraction of the code's size). Throws when the picture holds no readable QR code.
 */
export function cropQrCode(png: Buffer, { quiet = 0.15 }: { quiet?: number } = {}): { gray: Gray; data: string } {
  const image = PNG.sync.read(png)
  const found = jsQR(new Uint8ClampedArray(image.data), image.width, image.height)
  if (!found) throw new Error('Aucun QR code lisible sur le badge rendu')
  const { topLeftCorner: tl, topRightCorner: tr, bottomLeftCorner: bl, bottomRightCorner: br } = found.location
  const x0 = Math.min(tl.x, bl.x)
  const x1 = Math.max(tr.x, br.x)
  const y0 = Math.min(tl.y, tr.y)
  const y1 = Math.max(bl.y, br.y)
  const side = Math.max(x1 - x0, y1 - y0)
  const pad = Math.round(side * quiet)
  const source = pngToGray(png)
  // Outside the code itself everything is painted white: badge colours never touch the quiet zone.
  const width = Math.round(x1 - x0) + 2 * pad
  const height = Math.round(y1 - y0) + 2 * pad
  const data = new Uint8Array(width * height).fill(255)
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const sx = Math.round(x0) - pad + x
      const sy = Math.round(y0) - pad + y
      const inside = sx >= x0 - 1 && sx <= x1 + 1 && sy >= y0 - 1 && sy <= y1 + 1
      if (inside && sx >= 0 && sy >= 0 && sx < source.width && sy < source.height) data[y * width + x] = source.data[sy * source.width + sx]
    }
  }
  return { gray: { width, height, data }, data: found.data }
}

/** Box-filtered resize: scaling a crisp QR down or up keeps its modules square. */
function resize(source: Gray, width: number, height: number): Gray {
  const data = new Uint8Array(width * height)
  const sx = source.width / width
  const sy = source.height / height
  for (let y = 0; y < height; y += 1) {
    const ys = Math.floor(y * sy)
    const ye = Math.max(ys + 1, Math.floor((y + 1) * sy))
    for (let x = 0; x < width; x += 1) {
      const xs = Math.floor(x * sx)
      const xe = Math.max(xs + 1, Math.floor((x + 1) * sx))
      let sum = 0
      for (let yy = ys; yy < ye; yy += 1) for (let xx = xs; xx < xe; xx += 1) sum += source.data[yy * source.width + xx]
      data[y * width + x] = Math.round(sum / ((ye - ys) * (xe - xs)))
    }
  }
  return { width, height, data }
}

export type Y4mOptions = { width?: number; height?: number; frames?: number; fps?: number; size?: number }

/** The Y4M bytes of a still picture centred on white, `size` pixels on its longer side. */
export function y4mOfPicture(picture: Gray, { width = 640, height = 480, frames = 15, fps = 15, size = 320 }: Y4mOptions = {}): Buffer {
  const scale = size / Math.max(picture.width, picture.height)
  const placed = resize(picture, Math.round(picture.width * scale), Math.round(picture.height * scale))
  const left = Math.floor((width - placed.width) / 2)
  const top = Math.floor((height - placed.height) / 2)
  // Studio range: white 235, black 16; chroma neutral.
  const luma = Buffer.alloc(width * height, 235)
  for (let y = 0; y < placed.height; y += 1) {
    for (let x = 0; x < placed.width; x += 1) {
      luma[(top + y) * width + left + x] = 16 + Math.round((placed.data[y * placed.width + x] * 219) / 255)
    }
  }
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128)
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma])
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F${fps}:1 Ip A1:1 C420jpeg\n`)
  return Buffer.concat([header, ...Array.from({ length: frames }, () => frame)])
}

/**
 * Writes the video atomically (a temporary name renamed over the target), so a camera that
 * is restarted on the same file never reads a half-written one.
 */
export function writeFakeCameraVideo(file: string, picture: Gray, options?: Y4mOptions): string {
  const temporary = `${file}.tmp`
  writeFileSync(temporary, y4mOfPicture(picture, options))
  renameSync(temporary, file)
  return file
}
