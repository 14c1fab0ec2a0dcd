import { existsSync } from 'node:fs'
import path from 'node:path'

import { Font } from '@react-pdf/renderer'

/**
 * Fonts of the badges. The PDF standard Helvetica needs no file and covers French
 * (é, è, ç, œ, ’, « »…) through WinAnsi, but not letters of West African alphabets
 * (Ọ, ẹ, ɛ, ŋ…). A document whose texts all fit WinAnsi uses Helvetica; otherwise Debian's
 * DejaVu Sans (fonts-dejavu-core) when the machine has it; otherwise the texts are folded
 * to their closest WinAnsi letters so that nothing prints as garbage.
 */
export type FontStyle = { fontFamily: string; fontWeight?: 'bold' }
export type BadgeFonts = { regular: FontStyle; bold: FontStyle; mono: FontStyle; foldText: boolean }

const HELVETICA: BadgeFonts = {
  regular: { fontFamily: 'Helvetica' },
  bold: { fontFamily: 'Helvetica-Bold' },
  mono: { fontFamily: 'Courier-Bold' },
  foldText: false,
}
const DEJAVU_FAMILY = 'DejaVu Sans'
const DEJAVU_DIRECTORY = '/usr/share/fonts/truetype/dejavu'

/** Windows-1252 characters above Latin-1's control range that are not in U+00A0–U+00FF. */
const WIN_ANSI_EXTRAS = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ')

export function isWinAnsi(text: string): boolean {
  for (const character of text) {
    const code = character.codePointAt(0)!
    if ((code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || code === 0x0a) continue
    if (!WIN_ANSI_EXTRAS.has(character)) return false
  }
  return true
}

/** Letters of African orthographies with no decomposition, and their closest Latin letter. */
const FOLDS: Record<string, string> = { ɛ: 'e', Ɛ: 'E', ɔ: 'o', Ɔ: 'O', ŋ: 'n', Ŋ: 'N', ɓ: 'b', Ɓ: 'B', ɗ: 'd', Ɗ: 'D', ƙ: 'k', Ƙ: 'K', ƴ: 'y', Ƴ: 'Y', ɲ: 'ny', Ɲ: 'Ny', ʼ: '’' }

/** The text with every character outside WinAnsi replaced by its closest WinAnsi spelling. */
export function foldToWinAnsi(text: string): string {
  // One cluster = a base letter and its combining marks: Ẹ̀ = E + dot below + grave.
  const clusters = text.normalize('NFD').match(/\P{M}\p{M}*/gu) ?? []
  return clusters
    .map((cluster) => {
      const composed = cluster.normalize('NFC')
      if (isWinAnsi(composed)) return composed
      const [base, ...marks] = [...cluster]
      if (FOLDS[base]) return FOLDS[base]
      // Keep the marks WinAnsi has with this letter (é, è), drop the others (dot below).
      let kept = base
      for (const mark of marks) {
        const withMark = `${kept}${mark}`.normalize('NFC')
        if (isWinAnsi(withMark)) kept = withMark
      }
      return isWinAnsi(kept) ? kept : '?'
    })
    .join('')
}

let dejaVuRegistered = false

function registerDejaVu(directory: string): boolean {
  const regular = path.join(directory, 'DejaVuSans.ttf')
  const bold = path.join(directory, 'DejaVuSans-Bold.ttf')
  const mono = path.join(directory, 'DejaVuSansMono-Bold.ttf')
  if (![regular, bold, mono].every((file) => existsSync(file))) return false
  if (!dejaVuRegistered) {
    Font.register({ family: DEJAVU_FAMILY, fonts: [{ src: regular }, { src: bold, fontWeight: 'bold' }] })
    Font.register({ family: `${DEJAVU_FAMILY} Mono`, src: mono })
    dejaVuRegistered = true
  }
  return true
}

/** The fonts for a document whose texts are `texts` (see the module comment). */
export function pickBadgeFonts(texts: readonly string[], { dejaVuDirectory = DEJAVU_DIRECTORY } = {}): BadgeFonts {
  if (texts.every(isWinAnsi)) return HELVETICA
  if (registerDejaVu(dejaVuDirectory)) {
    return {
      regular: { fontFamily: DEJAVU_FAMILY },
      bold: { fontFamily: DEJAVU_FAMILY, fontWeight: 'bold' },
      mono: { fontFamily: `${DEJAVU_FAMILY} Mono` },
      foldText: false,
    }
  }
  return { ...HELVETICA, foldText: true }
}
