'use client'

import { FileField } from '../../registration/FileField'
import { IdentityStep } from '../../registration/steps/IdentityStep'
import { CurrentPhoto } from '../CurrentFiles'
import { asTalentStepProps } from './talentSteps'
import type { EditableFileSectionProps } from './types'

export function IdentitySection(props: EditableFileSectionProps) {
  const { locale, messages, shared, errors, files, setFiles, edit } = props
  const photoField = (
    <FileField
      kind="photo"
      locale={locale}
      label={edit ? edit.messages.newPhoto : shared.fields.photo}
      hint={edit ? edit.messages.newPhotoHint : messages.fields.photoHint}
      chooseLabel={edit ? edit.messages.chooseNewPhoto : shared.fields.photoChoose}
      file={files.photo}
      onChange={(photo) => setFiles({ photo })}
      error={errors.photo}
      messages={shared.fields}
    />
  )
  return (
    <div className="space-y-8">
      <IdentityStep {...asTalentStepProps(props)} />
      {edit ? (
        // Editing: the photo on the profile, and the one that will replace it.
        <div className="flex flex-col gap-5 sm:flex-row sm:items-stretch">
          <CurrentPhoto edit={edit} />
          <div className="min-w-0 flex-1 sm:max-w-md">{photoField}</div>
        </div>
      ) : (
        <div className="sm:max-w-md">{photoField}</div>
      )}
    </div>
  )
}
