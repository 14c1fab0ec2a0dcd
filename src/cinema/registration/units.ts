/**
 * Height and weight as people give them (cm or feet and inches, kg or pounds), stored in
 * centimetres and kilograms so that the staff filters compare like with like.
 */
export const HEIGHT_UNITS = ['cm', 'ftin'] as const
export const WEIGHT_UNITS = ['kg', 'lb'] as const
export type HeightUnit = (typeof HEIGHT_UNITS)[number]
export type WeightUnit = (typeof WEIGHT_UNITS)[number]

const CM_PER_INCH = 2.54
const KG_PER_POUND = 0.45359237

/** Whole centimetres: 5 ft 9 in → 175. */
export function feetInchesToCm(feet: number, inches = 0): number {
  return Math.round((feet * 12 + inches) * CM_PER_INCH)
}

/** Kilograms to one decimal: 150 lb → 68. */
export function poundsToKg(pounds: number): number {
  return Math.round(pounds * KG_PER_POUND * 10) / 10
}

/** Back the other way, to show a stored height in feet and inches (5 ft 9 in). */
export function cmToFeetInches(cm: number): { feet: number; inches: number } {
  const totalInches = Math.round(cm / CM_PER_INCH)
  return { feet: Math.floor(totalInches / 12), inches: totalInches % 12 }
}

export function kgToPounds(kg: number): number {
  return Math.round(kg / KG_PER_POUND)
}
