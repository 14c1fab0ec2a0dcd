/**
 * Sizes and colours of the badges, in PDF points (1 mm = 72 / 25.4 pt).
 *
 * The card is ISO/IEC 7810 ID-1 in portrait (54 × 86 mm): the size of standard badge
 * holders and lanyard sleeves and the one card printers take, so the single-badge PDF prints
 * on them as is and the A4 sheet's cards fit the same holders.
 */
export const mm = (millimetres: number) => (millimetres * 72) / 25.4

export const CARD = { width: mm(54), height: mm(86) } as const

/** A4 portrait holding a 3 × 3 grid of cards edge to edge: shared cut lines, straight guillotine cuts. */
export const SHEET = {
  width: mm(210),
  height: mm(297),
  columns: 3,
  rows: 3,
  /** Length of a crop mark, drawn in the margin, and its gap from the grid. */
  cropMark: mm(6),
  cropGap: mm(2),
} as const

export const CARDS_PER_SHEET = SHEET.columns * SHEET.rows

/** Top-left corner of the card grid on the page (centred). */
export const SHEET_GRID = {
  left: (SHEET.width - SHEET.columns * CARD.width) / 2,
  top: (SHEET.height - SHEET.rows * CARD.height) / 2,
} as const

/** Where the card `index` (0-based, row by row) lies on its sheet page, in points from the top left. */
export function cardBoxOnSheet(index: number): { page: number; x: number; y: number; width: number; height: number } {
  const slot = index % CARDS_PER_SHEET
  return {
    page: Math.floor(index / CARDS_PER_SHEET),
    x: SHEET_GRID.left + (slot % SHEET.columns) * CARD.width,
    y: SHEET_GRID.top + Math.floor(slot / SHEET.columns) * CARD.height,
    width: CARD.width,
    height: CARD.height,
  }
}

/** The QR code's printed side: ≈ 23 mm with its quiet zone, over 0.6 mm a module for a short profile URL. */
export const QR_SIZE = mm(23)
/** Pixels of the QR PNG drawn at QR_SIZE: about 600 dpi, so modules stay sharp when printed. */
export const QR_PIXELS = 544

/** Taalentio colours (app/(frontend)/globals.css). */
export const COLOURS = {
  terracotta50: '#fbeee7',
  terracotta100: '#f6dacb',
  terracotta600: '#b4461f',
  terracotta700: '#8a3516',
  ochre300: '#f0c46e',
  ochre400: '#e0a43a',
  ink500: '#6b5f55',
  ink600: '#5e544b',
  ink700: '#3a322c',
  ink900: '#1e1a17',
  sand50: '#fbf7f1',
  sand100: '#f4ecdf',
  sand300: '#d9c4a5',
  white: '#ffffff',
} as const
