import type { CinemaFiles, CinemaFormValues, FieldErrors } from '@/cinema/registration/form'
import type { ExistingCinemaFiles } from '@/cinemaSpace/formValues'
import type { Locale } from '@/i18n'
import type { CinemaSpaceMessages } from '@/i18n/messages/cinemaSpace'
import type { CinemaRegistrationMessages } from '@/i18n/messages/cinemaRegistration'
import type { RegistrationMessages } from '@/i18n/messages/registration'
import type { RegistrationOptions } from '@/talents/registrationOptions'

export type UpdateCinemaField = <K extends keyof CinemaFormValues>(field: K, value: CinemaFormValues[K]) => void

/** What every section receives from the form. */
export type SectionProps = {
  locale: Locale
  messages: CinemaRegistrationMessages
  /** The talent registration's texts, for the fields and pickers both forms share. */
  shared: RegistrationMessages
  options: RegistrationOptions
  values: CinemaFormValues
  errors: FieldErrors
  update: UpdateCinemaField
}

export type FileSectionProps = SectionProps & {
  files: CinemaFiles
  setFiles: (patch: Partial<CinemaFiles>) => void
}

/** In edit mode (/mon-espace/cinema): the files already on the profile and what the owner takes off. */
export type EditFilesProps = {
  existing: ExistingCinemaFiles
  removedGallery: number[]
  removeCv: boolean
  onRemoveGallery: (id: number) => void
  onRemoveCv: (remove: boolean) => void
  messages: CinemaSpaceMessages['files']
}

export type EditableFileSectionProps = FileSectionProps & { edit?: EditFilesProps }
