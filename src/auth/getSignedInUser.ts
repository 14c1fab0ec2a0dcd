import config from '@payload-config'
import { headers } from 'next/headers'
import { getPayload } from 'payload'

/** The person signed in on this request (Payload's session cookie), or null. For server components. */
export async function getSignedInUser() {
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: await headers() })
  return user
}
