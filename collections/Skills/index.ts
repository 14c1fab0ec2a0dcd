import { SKILL_GROUPS } from '@/reference-data/skills'

import { groupedReferenceCollection } from '../shared/groupedReferenceCollection'

/** Skills a casting may ask for: singing, dance styles, martial arts, licences, accents… */
export const Skills = groupedReferenceCollection({
  slug: 'skills',
  labels: {
    singular: { fr: 'Compétence', en: 'Skill' },
    plural: { fr: 'Compétences', en: 'Skills' },
  },
  groups: SKILL_GROUPS,
  nameFr: { label: { fr: 'Nom (français)', en: 'Name (French)' } },
})
