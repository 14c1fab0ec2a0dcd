'use server'

import config from '@payload-config'
import { revalidatePath } from 'next/cache'
import { headers } from 'next/headers'
import { getPayload } from 'payload'

import { CINEMA_MESSAGES_PATH } from '@/cinema/publicProfile'

/**
 * Marks one of the signed-in person's contact messages as read. The id comes from the
 * browser, so the update runs as the person: access rules let them touch only their own.
 */
export async function markMessageRead(formData: FormData): Promise<void> {
  const id = Number(formData.get('id'))
  if (!Number.isInteger(id) || id < 1) return
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: await headers() })
  if (!user) return
  await payload
    .update({ collection: 'contact-messages', id, data: { status: 'read' }, overrideAccess: false, user })
    .catch(() => undefined)
  revalidatePath('/mon-espace', 'layout')
  revalidatePath(CINEMA_MESSAGES_PATH)
}
