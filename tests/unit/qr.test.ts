import jsQR from 'jsqr'
import { PNG } from 'pngjs'
import QRCode from 'qrcode'
import { afterEach, describe, expect, it, vi } from 'vitest'

import { publicProfileUrl } from '@/qr/publicProfileUrl'
import { qrPng, qrSvg } from '@/qr/qrCode'

afterEach(() => {
  vi.unstubAllEnvs()
})

function decodePng(png: Buffer): { text: string; width: number; height: number; corner: number[] } {
  const image = PNG.sync.read(png)
  const result = jsQR(new Uint8ClampedArray(image.data), image.width, image.height)
  if (!result) throw new Error('QR code not decoded')
  return { text: result.data, width: image.width, height: image.height, corner: [...image.data.subarray(0, 4)] }
}

describe('publicProfileUrl', () => {
  it('uses NEXT_PUBLIC_SERVER_URL without its trailing slashes', () => {
    vi.stubEnv('NEXT_PUBLIC_SERVER_URL', 'https://taalentio.example.org//')
    expect(publicProfileUrl('/talents/CIF0001ABJ')).toBe('https://taalentio.example.org/talents/CIF0001ABJ')
    expect(publicProfileUrl('talents/CIF0001ABJ')).toBe('https://taalentio.example.org/talents/CIF0001ABJ')
  })

  it('keeps a path prefix of the deployment', () => {
    expect(publicProfileUrl('/talents/CIF0001ABJ', { NEXT_PUBLIC_SERVER_URL: 'https://example.org/taalentio/' })).toBe(
      'https://example.org/taalentio/talents/CIF0001ABJ',
    )
  })

  it('defaults to http://localhost:3000', () => {
    vi.stubEnv('NEXT_PUBLIC_SERVER_URL', '')
    expect(publicProfileUrl('/talents/CIF0001ABJ')).toBe('http://localhost:3000/talents/CIF0001ABJ')
  })

  it('refuses a base that is not an absolute http(s) address', () => {
    expect(() => publicProfileUrl('/x', { NEXT_PUBLIC_SERVER_URL: 'taalentio.com' })).toThrow(/NEXT_PUBLIC_SERVER_URL invalide/)
  })
})

describe('qrPng', () => {
  it('decodes back to exactly the URL, at the requested size, black on white with a quiet zone', async () => {
    vi.stubEnv('NEXT_PUBLIC_SERVER_URL', 'https://taalentio.example.org/')
    const url = publicProfileUrl('/talents/CIF0001ABJ')
    const decoded = decodePng(await qrPng(url, { size: 300 }))
    expect(decoded.text).toBe('https://taalentio.example.org/talents/CIF0001ABJ')
    expect([decoded.width, decoded.height]).toEqual([300, 300])
    expect(decoded.corner).toEqual([255, 255, 255, 255])
  })

  it('encodes long URLs with accents too', async () => {
    const url = 'http://localhost:3000/talents/CIF0001ABJ?lang=fr&ref=affiche-été'
    expect(decodePng(await qrPng(url)).text).toBe(url)
  })

  it('refuses relative URLs and absurd sizes', async () => {
    await expect(qrPng('/talents/CIF0001ABJ')).rejects.toThrow(/adresse absolue/)
    await expect(qrPng('http://localhost:3000/', { size: 10 })).rejects.toThrow(/taille/)
  })
})

describe('qrSvg', () => {
  it('is an SVG document drawing the code with paths', async () => {
    const svg = await qrSvg('http://localhost:3000/talents/CIF0001ABJ')
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]* viewBox="0 0 (\d+) \1"/)
    expect(svg.trim()).toMatch(/<\/svg>$/)
    expect(svg).toMatch(/<path[^>]* d="M[^"]+"/)
    expect(svg).toContain('#000000')
    expect(svg).toContain('#ffffff')
  })

  it('uses error correction M and a four-module quiet zone', async () => {
    const url = 'http://localhost:3000/talents/CIF0001ABJ'
    const svg = await qrSvg(url, { size: 256 })
    expect(svg).toContain('width="256"')
    const modules = QRCode.create(url, { errorCorrectionLevel: 'M' }).modules.size
    expect(svg).toContain(`viewBox="0 0 ${modules + 8} ${modules + 8}"`)
    expect(/stroke="#000000" d="M(\d+) (\d+\.5)/.exec(svg)?.slice(1)).toEqual(['4', '4.5'])
  })
})
