import { getPayload, type Payload } from 'payload'

/** The Payload instance of this test worker, on the run's fresh, migrated database. */
export async function getTestPayload(): Promise<Payload> {
  const { default: config } = await import('../../payload.config')
  return getPayload({ config })
}
