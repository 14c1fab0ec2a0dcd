import sharp from 'sharp'

/** Warm, readable backgrounds; the initials are always white. */
const PALETTE = ['#b4461f', '#1f6f78', '#6a3d9a', '#2f7d32', '#c2185b', '#8d6e0f', '#283593', '#00695c', '#ad1457', '#4e342e']

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`)

export function initialsOf(firstName: string, lastName: string): string {
  const letter = (word: string) => word.trim().charAt(0).toLocaleUpperCase('fr')
  return `${letter(firstName)}${letter(lastName.replace(/\(.*\)/, ''))}`
}

/**
 * A portrait placeholder for demo profiles, drawn from SVG: the person's initials on a coloured
 * background, and a "DÉMO" band so nobody mistakes it for a real photo. JPEG, 600 × 750.
 */
export async function demoPortrait(firstName: string, lastName: string, index: number): Promise<Buffer> {
  const background = PALETTE[index % PALETTE.length]
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="750" viewBox="0 0 600 750">
  <rect width="600" height="750" fill="${background}"/>
  <circle cx="300" cy="330" r="190" fill="rgba(255,255,255,0.14)"/>
  <text x="300" y="395" text-anchor="middle" font-family="DejaVu Sans, Arial, sans-serif" font-size="180" font-weight="700" fill="#ffffff">${escapeXml(initialsOf(firstName, lastName))}</text>
  <rect y="640" width="600" height="70" fill="rgba(0,0,0,0.35)"/>
  <text x="300" y="688" text-anchor="middle" font-family="DejaVu Sans, Arial, sans-serif" font-size="34" font-weight="700" letter-spacing="6" fill="#ffffff">DÉMO</text>
</svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 82 }).toBuffer()
}

/** A production logo placeholder: the company's 3-letter code on a band. PNG, 360 × 120. */
export async function demoLogo(code: string, index: number): Promise<Buffer> {
  const background = PALETTE[(index + 3) % PALETTE.length]
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="360" height="120" viewBox="0 0 360 120">
  <rect width="360" height="120" rx="14" fill="${background}"/>
  <text x="180" y="78" text-anchor="middle" font-family="DejaVu Sans, Arial, sans-serif" font-size="54" font-weight="700" letter-spacing="8" fill="#ffffff">${escapeXml(code)}</text>
</svg>`
  return sharp(Buffer.from(svg)).png().toBuffer()
}
