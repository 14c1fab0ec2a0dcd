import type { Talent } from '../../payload-types'

export type CompletenessKey = 'photo' | 'cv' | 'languages' | 'skills' | 'experience' | 'emergencyContact'

/**
 * What a profile still lacks to be useful to a casting director, beyond the required
 * fields: each item done or not, and the share done as a whole percentage.
 */
export function profileCompleteness(talent: Pick<Talent, CompletenessKey>): {
  percent: number
  items: { key: CompletenessKey; done: boolean }[]
} {
  const items: { key: CompletenessKey; done: boolean }[] = [
    { key: 'photo', done: Boolean(talent.photo) },
    { key: 'cv', done: Boolean(talent.cv) },
    { key: 'languages', done: (talent.languages?.length ?? 0) > 0 },
    { key: 'skills', done: (talent.skills?.length ?? 0) > 0 },
    { key: 'experience', done: Boolean(talent.experience?.trim()) },
    { key: 'emergencyContact', done: Boolean(talent.emergencyContact?.trim()) },
  ]
  const percent = Math.round((items.filter((item) => item.done).length / items.length) * 100)
  return { percent, items }
}
