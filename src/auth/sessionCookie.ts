import { generatePayloadCookie, type PayloadRequest } from 'payload'

/** The Set-Cookie value that signs a person in with a token Payload issued (after a registration). */
export function sessionCookie(req: PayloadRequest, token: string): string {
  return generatePayloadCookie({ collectionAuthConfig: req.payload.collections.users.config.auth, cookiePrefix: req.payload.config.cookiePrefix, token })
}
