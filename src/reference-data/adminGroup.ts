/** Where the reference collections sit in the admin navigation. */
export const REFERENCE_DATA_ADMIN_GROUP = { fr: 'Référentiels', en: 'Reference data' }
