'use client'

import { ContactStep } from '../../registration/steps/ContactStep'
import { LocationStep } from '../../registration/steps/LocationStep'
import { asTalentStepProps } from './talentSteps'
import type { SectionProps } from './types'

export function ContactSection(props: SectionProps & { lockedEmailHint?: string }) {
  const stepProps = asTalentStepProps(props)
  return (
    <div className="space-y-6">
      <ContactStep {...stepProps} lockedEmail={props.lockedEmailHint ? { hint: props.lockedEmailHint } : undefined} />
      <LocationStep {...stepProps} />
    </div>
  )
}
