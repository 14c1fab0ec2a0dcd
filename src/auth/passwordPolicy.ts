/** The shortest password the site accepts when a person chooses one. */
export const MIN_PASSWORD_LENGTH = 10

export type PasswordProblem = 'required' | 'tooShort' | 'confirmRequired' | 'mismatch'

/** What is wrong with a new password and its confirmation, per field (nothing when both are fine). */
export function newPasswordProblems(password: string, confirmation: string): { password?: PasswordProblem; confirmation?: PasswordProblem } {
  const problems: { password?: PasswordProblem; confirmation?: PasswordProblem } = {}
  if (!password) problems.password = 'required'
  else if ([...password].length < MIN_PASSWORD_LENGTH) problems.password = 'tooShort'
  if (!confirmation) problems.confirmation = 'confirmRequired'
  else if (password && confirmation !== password) problems.confirmation = 'mismatch'
  return problems
}
