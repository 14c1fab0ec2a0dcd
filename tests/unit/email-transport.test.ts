import { describe, expect, it } from 'vitest'

import { formatMailbox, parseMailboxes, senderFromEnv } from '@/email/addresses'
import { recipientsLine, toOutgoingEmail } from '@/email/outgoingEmail'
import { chooseTransport, SENDGRID_DEFAULT_API_URL } from '@/email/transportChoice'
import { describeSendGridError } from '@/email/transports/sendgrid'

describe('chooseTransport', () => {
  it('prefers SendGrid, then SMTP, then keeps the message in the outbox', () => {
    expect(chooseTransport({ SENDGRID_API_KEY: 'SG.key', SMTP_URL: 'smtp://mail:25' })).toEqual({
      transport: 'sendgrid',
      apiKey: 'SG.key',
      apiUrl: SENDGRID_DEFAULT_API_URL,
    })
    expect(chooseTransport({ SMTP_URL: 'smtp://mail:25' })).toEqual({ transport: 'smtp', url: 'smtp://mail:25' })
    expect(chooseTransport({})).toEqual({ transport: 'outbox' })
  })

  it('reads the SendGrid base URL from SENDGRID_API_URL and ignores blank values', () => {
    expect(chooseTransport({ SENDGRID_API_KEY: 'SG.key', SENDGRID_API_URL: 'http://127.0.0.1:4010' })).toMatchObject({
      apiUrl: 'http://127.0.0.1:4010',
    })
    expect(chooseTransport({ SENDGRID_API_KEY: '  ', SMTP_URL: '' })).toEqual({ transport: 'outbox' })
  })
})

describe('addresses', () => {
  it('reads every shape Payload and nodemailer accept', () => {
    expect(parseMailboxes('awa@example.ci, "Koné, Awa" <awa.kone@example.ci>')).toEqual([
      { address: 'awa@example.ci' },
      { address: 'awa.kone@example.ci', name: 'Koné, Awa' },
    ])
    expect(parseMailboxes({ name: 'Awa', address: 'awa@example.ci' })).toEqual([{ address: 'awa@example.ci', name: 'Awa' }])
    expect(parseMailboxes(['a@example.ci', [{ address: 'b@example.ci' }]])).toEqual([{ address: 'a@example.ci' }, { address: 'b@example.ci' }])
    expect(parseMailboxes(undefined)).toEqual([])
  })

  it('quotes a display name only when it needs it', () => {
    expect(formatMailbox({ address: 'awa@example.ci', name: 'Awa Koné' })).toBe('Awa Koné <awa@example.ci>')
    expect(formatMailbox({ address: 'awa@example.ci', name: 'Koné, Awa' })).toBe('"Koné, Awa" <awa@example.ci>')
    expect(formatMailbox({ address: 'awa@example.ci' })).toBe('awa@example.ci')
  })

  it('sends from EMAIL_FROM, Taalentio’s no-reply address by default', () => {
    expect(senderFromEnv({})).toEqual({ address: 'no-reply@taalentio.local', name: 'Taalentio' })
    expect(senderFromEnv({ EMAIL_FROM: 'Casting <casting@taalentio.com>' })).toEqual({ address: 'casting@taalentio.com', name: 'Casting' })
    expect(senderFromEnv({ EMAIL_FROM: 'bonjour@taalentio.com' })).toEqual({ address: 'bonjour@taalentio.com' })
    expect(() => senderFromEnv({ EMAIL_FROM: 'Taalentio' })).toThrow(/EMAIL_FROM/)
  })
})

describe('toOutgoingEmail', () => {
  const sender = { address: 'no-reply@taalentio.local', name: 'Taalentio' }

  it('uses the default sender and accepts Buffer bodies', () => {
    const email = toOutgoingEmail({ to: 'awa@example.ci', subject: 'Bonjour', html: Buffer.from('<p>Salut</p>') }, sender)
    expect(email).toMatchObject({ from: sender, to: [{ address: 'awa@example.ci' }], subject: 'Bonjour', html: '<p>Salut</p>' })
    expect(email.text).toBeUndefined()
  })

  it('keeps an explicit sender, as Payload’s own emails pass one', () => {
    const email = toOutgoingEmail({ from: '"Taalentio" <no-reply@taalentio.com>', to: 'awa@example.ci' }, sender)
    expect(email.from).toEqual({ address: 'no-reply@taalentio.com', name: 'Taalentio' })
  })

  it('refuses a message without any recipient', () => {
    expect(() => toOutgoingEmail({ subject: 'Personne' }, sender)).toThrow(/destinataire/)
  })

  it('lists every recipient on one line for the outbox', () => {
    const email = toOutgoingEmail({ to: 'a@example.ci', cc: 'b@example.ci', bcc: 'c@example.ci' }, sender)
    expect(recipientsLine(email)).toBe('a@example.ci · cc: b@example.ci · bcc: c@example.ci')
  })
})

describe('describeSendGridError', () => {
  it('gives the HTTP status and SendGrid’s own explanation', () => {
    const error = Object.assign(new Error('Bad Request'), {
      code: 400,
      response: { headers: {}, body: { errors: [{ message: 'The from address does not match a verified Sender Identity.', field: 'from' }] } },
    })
    expect(describeSendGridError(error)).toBe(
      'SendGrid a refusé l’e-mail (HTTP 400 Bad Request) : The from address does not match a verified Sender Identity. (from)',
    )
  })

  it('says when SendGrid could not be reached', () => {
    expect(describeSendGridError(new Error('connect ECONNREFUSED 127.0.0.1:9'))).toBe('SendGrid injoignable : connect ECONNREFUSED 127.0.0.1:9')
  })
})
