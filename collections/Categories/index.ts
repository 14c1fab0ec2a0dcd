import { CATEGORY_GROUPS } from '@/reference-data/categories'

import { groupedReferenceCollection } from '../shared/groupedReferenceCollection'

/** Talent categories (trades): Acteur·rice, Figurant·e, Chef·fe opérateur·rice… */
export const Categories = groupedReferenceCollection({
  slug: 'categories',
  labels: {
    singular: { fr: 'Catégorie de talent', en: 'Talent category' },
    plural: { fr: 'Catégories de talent', en: 'Talent categories' },
  },
  groups: CATEGORY_GROUPS,
  nameFr: {
    label: { fr: 'Nom (français, écriture inclusive)', en: 'Name (French, inclusive)' },
    admin: { placeholder: 'Acteur·rice' },
  },
})
