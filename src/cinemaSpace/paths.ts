/** The owner's cinema profile editor, and the endpoint it saves to (client-safe). */
export const CINEMA_SPACE_PATH = '/mon-espace/cinema'
export const SAVE_OWN_CINEMA_PROFILE_ENDPOINT = '/api/me/cinema-profile'
