/** Addresses of the talent space and of what it links to, in one place (client-safe). */
export const TALENT_SPACE_PATHS = {
  overview: '/mon-espace',
  profile: '/mon-espace/profil',
  files: '/mon-espace/photo-cv',
  visibility: '/mon-espace/visibilite',
  account: '/mon-espace/compte',
} as const

export type TalentSpaceSection = keyof typeof TALENT_SPACE_PATHS

/** The login page, coming back to `path` once signed in. */
export const loginPathFor = (path: string) => `/connexion?next=${path}`

export const publicProfilePath = (code: string) => `/talents/${encodeURIComponent(code)}`

/** The QR code endpoints of the public profile, as a download. */
export const qrCodeDownloadPath = (code: string, format: 'png' | 'svg') =>
  `/api/talents/${encodeURIComponent(code)}/qr.${format}?download=1`

export const OWN_FILE_ENDPOINT = (kind: 'photo' | 'cv') => `/api/me/files/${kind}`
export const DELETE_ACCOUNT_ENDPOINT = '/api/me/delete-account'

/** The home page shows a notice when it is opened with this query parameter after an account deletion. */
export const ACCOUNT_DELETED_QUERY = { name: 'compte', value: 'supprime' } as const
export const AFTER_ACCOUNT_DELETION = `/?${ACCOUNT_DELETED_QUERY.name}=${ACCOUNT_DELETED_QUERY.value}`
