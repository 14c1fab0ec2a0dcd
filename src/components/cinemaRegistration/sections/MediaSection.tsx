'use client'

import { CINEMA_PUBLIC_PARTS } from '@/cinema/cinemaOptions'
import { SOCIAL_NETWORKS } from '@/cinema/registration/form'

import { ChipPicker } from '../../registration/ChipPicker'
import { ConsentCheckbox, VisibilityChoice } from '../../registration/VisibilityAndConsent'
import { FileField } from '../../registration/FileField'
import { describedBy, Field, FieldError, fieldIds, inputClass } from '../../registration/FormField'
import { CurrentCv } from '../CurrentFiles'
import { GalleryField } from '../GalleryField'
import type { EditableFileSectionProps } from './types'

export function MediaSection({ locale, messages, shared, values, errors, update, files, setFiles, edit }: EditableFileSectionProps) {
  const { fields } = messages
  const partGroups = [
    {
      key: 'parts',
      label: fields.publicParts,
      options: CINEMA_PUBLIC_PARTS.map((part) => ({
        value: part.value,
        label: part.label[locale],
      })),
    },
  ]
  const socialErrors = SOCIAL_NETWORKS.map((network) => errors[`socialLinks.${network}`]).filter(Boolean)

  return (
    <div className="space-y-8">
      <Field path="showreelUrl" label={fields.showreelUrl} hint={fields.showreelHint} optionalLabel={shared.fields.optional} error={errors.showreelUrl}>
        <input
          id={fieldIds('showreelUrl').id}
          type="url"
          inputMode="url"
          placeholder="https://"
          maxLength={300}
          value={values.showreelUrl}
          onChange={(event) => update('showreelUrl', event.target.value)}
          {...describedBy('showreelUrl', {
            hint: true,
            error: errors.showreelUrl,
          })}
          className={inputClass}
        />
      </Field>

      <GalleryField
        files={files.gallery}
        onChange={(gallery) => setFiles({ gallery })}
        errors={errors}
        optionalLabel={shared.fields.optional}
        messages={fields}
        existing={
          edit
            ? {
                photos: edit.existing.gallery.filter((photo) => !edit.removedGallery.includes(photo.id)),
                onRemove: edit.onRemoveGallery,
                alt: edit.messages.galleryPhotoAlt,
              }
            : undefined
        }
      />

      <div className="space-y-3 sm:max-w-xl">
        {edit ? <CurrentCv edit={edit} locale={locale} /> : null}
        <FileField
          kind="cv"
          locale={locale}
          label={edit?.existing.cv ? edit.messages.newCv : shared.fields.cv}
          hint={edit?.existing.cv ? edit.messages.newCvHint : fields.cvHint}
          chooseLabel={shared.fields.cvChoose}
          file={files.cv}
          onChange={(cv) => setFiles({ cv })}
          error={errors.cv}
          messages={shared.fields}
        />
      </div>

      <fieldset>
        <legend className="text-sm font-semibold text-ink-900">
          {fields.socialLinks} <span className="text-xs font-medium text-ink-500">({shared.fields.optional})</span>
        </legend>
        <p className="mt-1 text-sm text-ink-600">{fields.socialLinksHint}</p>
        <div className="mt-3 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {SOCIAL_NETWORKS.map((network) => {
            const path = `socialLinks.${network}`
            return (
              <div key={network}>
                <label htmlFor={fieldIds(path).id} className="block text-xs font-semibold text-ink-700">
                  {fields[network]}
                </label>
                <input
                  id={fieldIds(path).id}
                  type="url"
                  inputMode="url"
                  placeholder="https://"
                  maxLength={300}
                  value={values.socialLinks[network]}
                  onChange={(event) =>
                    update('socialLinks', {
                      ...values.socialLinks,
                      [network]: event.target.value,
                    })
                  }
                  {...describedBy(path, { error: errors[path] })}
                  className={`${inputClass} mt-1`}
                />
                <FieldError path={path} message={errors[path]} />
              </div>
            )
          })}
        </div>
        {socialErrors.length ? <span className="sr-only">{socialErrors.join(' ')}</span> : null}
      </fieldset>

      <VisibilityChoice labels={fields} value={values.isPublic} error={errors.isPublic} onChange={(isPublic) => update('isPublic', isPublic)} />

      {values.isPublic ? (
        <ChipPicker
          path="publicParts"
          locale={locale}
          legend={fields.publicParts}
          hint={fields.publicPartsHint}
          filterLabel={fields.publicParts}
          groups={partGroups}
          selected={values.publicParts}
          onChange={(selected) => update('publicParts', selected)}
          max={CINEMA_PUBLIC_PARTS.length}
          filterable={false}
          error={errors.publicParts}
          messages={shared.picker}
        />
      ) : null}

      {/* Consent was given at registration: editing does not ask again. */}
      {edit ? null : (
        <ConsentCheckbox labels={fields} checked={values.consent} error={errors.consent} onChange={(consent) => update('consent', consent)} />
      )}
    </div>
  )
}
