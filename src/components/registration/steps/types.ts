import type { Locale } from '@/i18n'
import type { RegistrationMessages } from '@/i18n/messages/registration'
import type { FieldErrors, RegistrationFiles, RegistrationFormValues } from '@/talents/registrationForm'
import type { RegistrationOptions } from '@/talents/registrationOptions'

export type UpdateField = <K extends keyof RegistrationFormValues>(field: K, value: RegistrationFormValues[K]) => void

/** What every step receives from the wizard. */
export type StepProps = {
  locale: Locale
  messages: RegistrationMessages
  options: RegistrationOptions
  values: RegistrationFormValues
  errors: FieldErrors
  update: UpdateField
}

export type FilesStepProps = StepProps & {
  files: RegistrationFiles
  setFile: (kind: keyof RegistrationFiles, file: File | null) => void
}
