/** Words accepted, besides the talent's code, to confirm an account deletion (French and English forms). */
export const DELETION_CONFIRMATION_WORDS = ['SUPPRIMER', 'DELETE'] as const

/** True when the person typed their code or one of the confirmation words (case and outer spaces ignored). */
export function isDeletionConfirmed(confirmation: unknown, code: string | null | undefined): boolean {
  if (typeof confirmation !== 'string') return false
  const typed = confirmation.trim().toUpperCase()
  if (!typed) return false
  return (DELETION_CONFIRMATION_WORDS as readonly string[]).includes(typed) || (Boolean(code) && typed === code?.toUpperCase())
}
