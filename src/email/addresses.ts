import addressparser from 'nodemailer/lib/addressparser'

/** One recipient or sender, as every transport needs it. */
export type Mailbox = { address: string; name?: string }

export const DEFAULT_EMAIL_FROM = 'Taalentio <no-reply@taalentio.local>'

/**
 * Flattens every address shape nodemailer and Payload accept — "a@x.ci, Awa <b@y.ci>",
 * `{ name, address }`, arrays of either, groups — into a list of mailboxes.
 */
export function parseMailboxes(input: unknown): Mailbox[] {
  if (!input) return []
  if (typeof input === 'string') {
    return addressparser(input, { flatten: true })
      .filter((mailbox) => mailbox.address)
      .map(({ address, name }) => (name ? { address, name } : { address }))
  }
  if (Array.isArray(input)) return input.flatMap(parseMailboxes)
  if (typeof input === 'object') {
    const { address, name, group } = input as { address?: unknown; name?: unknown; group?: unknown }
    if (group) return parseMailboxes(group)
    if (typeof address === 'string' && address) {
      return [typeof name === 'string' && name ? { address, name } : { address }]
    }
  }
  return []
}

/** `Awa Koné <awa@example.ci>`, quoted when the name needs it. */
export function formatMailbox({ address, name }: Mailbox): string {
  if (!name) return address
  const safeName = /[",;<>@()[\]\\:]/.test(name) ? `"${name.replace(/["\\]/g, '\\$&')}"` : name
  return `${safeName} <${address}>`
}

/** The sender: EMAIL_FROM (`Name <address>` or a bare address), Taalentio's no-reply otherwise. */
export function senderFromEnv(env: Record<string, string | undefined> = process.env): Mailbox {
  const [sender] = parseMailboxes(env.EMAIL_FROM?.trim() || DEFAULT_EMAIL_FROM)
  if (!sender) throw new Error(`EMAIL_FROM n’est pas une adresse e-mail valable : « ${env.EMAIL_FROM} ».`)
  return sender
}
