export { brandedEmail, type BrandedEmailInput, type RenderedEmail } from './brandedEmail'
export { formatExpiry } from './formatExpiry'
export { passwordResetEmail, type PasswordResetInput } from './passwordResetEmail'
export { registrationConfirmationEmail, type RegistrationConfirmationInput } from './registrationConfirmationEmail'
