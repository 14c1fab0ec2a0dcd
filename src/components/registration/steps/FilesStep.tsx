'use client'

import { FileField } from '../FileField'
import type { FilesStepProps } from './types'

export function FilesStep({ locale, messages, errors, files, setFile }: FilesStepProps) {
  const { fields } = messages
  return (
    <div className="grid gap-8 md:grid-cols-2 md:gap-6">
      <FileField
        kind="photo"
        locale={locale}
        label={fields.photo}
        hint={fields.photoHint}
        chooseLabel={fields.photoChoose}
        file={files.photo}
        onChange={(file) => setFile('photo', file)}
        error={errors.photo}
        messages={fields}
      />
      <FileField
        kind="cv"
        locale={locale}
        label={fields.cv}
        hint={fields.cvHint}
        chooseLabel={fields.cvChoose}
        file={files.cv}
        onChange={(file) => setFile('cv', file)}
        error={errors.cv}
        messages={fields}
      />
    </div>
  )
}
