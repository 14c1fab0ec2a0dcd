/** Contract references: `CTR-2026-000001`, numbered per year (code_sequences scope `contract:<year>`). */
export function contractReference(year: number, sequence: number): string {
  return `CTR-${year}-${String(sequence).padStart(6, '0')}`
}

export const CONTRACT_REFERENCE_PATTERN = /^CTR-\d{4}-\d{6}$/
