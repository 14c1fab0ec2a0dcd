import type { RegistrationFormValues } from '@/talents/registrationForm'

import type { StepProps } from '../../registration/steps/types'
import type { SectionProps } from './types'

/**
 * The talent form's identity, contact and location steps, reused as they are: the cinema
 * form holds the same fields under the same names and types, and those steps read and
 * update only these.
 */
export function asTalentStepProps({ locale, shared, options, values, errors, update }: SectionProps): StepProps {
  return {
    locale,
    messages: shared,
    options,
    values: values as unknown as RegistrationFormValues,
    errors,
    update: update as unknown as StepProps['update'],
  }
}
