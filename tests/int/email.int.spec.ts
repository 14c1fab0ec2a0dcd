import { once } from 'node:events'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { createLocalReq, Forbidden, initTransaction, killTransaction, type Payload } from 'payload'
import { SMTPServer } from 'smtp-server'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import {
  passwordResetEmail,
  registrationConfirmationEmail,
  sendAndRecordEmail,
  type EmailDelivery,
  type TaalentioSendEmailOptions,
} from '@/email'
import { getTestPayload } from '../helpers/payload'
import { createUser } from '../helpers/users'

// Everything runs against local stand-ins: no request leaves the machine.

const EMAIL_ENV = ['SENDGRID_API_KEY', 'SENDGRID_API_URL', 'SMTP_URL', 'EMAIL_FROM', 'NEXT_PUBLIC_SERVER_URL'] as const
const SITE_URL = 'https://taalentio.test'
const SET_PASSWORD_URL = `${SITE_URL}/mot-de-passe/definir?token=one-time-token-123&lang=fr`

let payload: Payload
let savedEnv: Partial<Record<(typeof EMAIL_ENV)[number], string>>
let run = 0

beforeAll(async () => {
  payload = await getTestPayload()
})

beforeEach(() => {
  savedEnv = Object.fromEntries(EMAIL_ENV.map((key) => [key, process.env[key]]))
  for (const key of EMAIL_ENV) delete process.env[key]
  process.env.NEXT_PUBLIC_SERVER_URL = SITE_URL
  run += 1
})

afterEach(() => {
  for (const key of EMAIL_ENV) {
    if (savedEnv[key] === undefined) delete process.env[key]
    else process.env[key] = savedEnv[key]
  }
})

/** A subject no other test uses, to find this test's outbox row. */
const uniqueSubject = (label: string) => `${label} #${run}-${Date.now()}`

function registrationMessage(subject: string): TaalentioSendEmailOptions {
  const email = registrationConfirmationEmail({
    locale: 'fr',
    name: 'Awa Koné',
    code: 'CIF0001ABJ',
    setPasswordUrl: SET_PASSWORD_URL,
    expiresAt: new Date('2026-01-15T14:30:00Z'),
  })
  return { to: 'Awa Koné <awa@example.ci>', ...email, subject, locale: 'fr' }
}

async function outboxRow(subject: string) {
  const { docs } = await payload.find({ collection: 'outbox', where: { subject: { equals: subject } } })
  expect(docs).toHaveLength(1)
  return docs[0]
}

type ReceivedRequest = { method?: string; url?: string; headers: http.IncomingHttpHeaders; body: SendGridBody }
type SendGridBody = {
  personalizations: { to: { email: string; name?: string }[] }[]
  from: { email: string; name?: string }
  subject: string
  content: { type: string; value: string }[]
}
type StandInAnswer = { status: number; headers?: Record<string, string>; body?: unknown }

/** Stands in for SendGrid's API: records each request and answers as told. */
async function startSendGridStandIn(answer: StandInAnswer) {
  const requests: ReceivedRequest[] = []
  const server = http.createServer(async (request, response) => {
    const chunks: Buffer[] = []
    for await (const chunk of request) chunks.push(chunk as Buffer)
    requests.push({ method: request.method, url: request.url, headers: request.headers, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) })
    response.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers })
    response.end(answer.body === undefined ? '' : JSON.stringify(answer.body))
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

describe('email through SendGrid', () => {
  it('makes one authenticated request with the recipient, subject, code, link and logo, and records it as sent', async () => {
    const sendgrid = await startSendGridStandIn({ status: 202, headers: { 'x-message-id': 'sg-message-42' } })
    process.env.SENDGRID_API_KEY = 'SG.test-key'
    process.env.SENDGRID_API_URL = sendgrid.url
    const subject = uniqueSubject('Bienvenue sur Taalentio — votre code CIF0001ABJ')
    try {
      const delivery = (await payload.sendEmail(registrationMessage(subject))) as EmailDelivery

      expect(sendgrid.requests).toHaveLength(1)
      const [request] = sendgrid.requests
      expect(request.method).toBe('POST')
      expect(request.url).toBe('/v3/mail/send')
      expect(request.headers.authorization).toBe('Bearer SG.test-key')
      expect(request.body.personalizations[0].to).toEqual([{ email: 'awa@example.ci', name: 'Awa Koné' }])
      expect(request.body.from).toEqual({ email: 'no-reply@taalentio.local', name: 'Taalentio' })
      expect(request.body.subject).toBe(subject)
      const html = request.body.content.find((part) => part.type === 'text/html')?.value ?? ''
      const text = request.body.content.find((part) => part.type === 'text/plain')?.value ?? ''
      expect(html).toContain('CIF0001ABJ')
      expect(html).toContain(`href="${SET_PASSWORD_URL.replace('&', '&amp;')}"`)
      expect(html).toContain(`<img src="${SITE_URL}/logo.png"`)
      expect(text).toContain(SET_PASSWORD_URL)

      expect(delivery).toMatchObject({ status: 'sent', transport: 'sendgrid', providerMessageId: 'sg-message-42' })
      const row = await outboxRow(subject)
      expect(row).toMatchObject({
        id: delivery.outboxId,
        to: 'Awa Koné <awa@example.ci>',
        status: 'sent',
        transport: 'sendgrid',
        providerMessageId: 'sg-message-42',
        locale: 'fr',
        html,
      })
      expect(row.error ?? null).toBeNull()
    } finally {
      await sendgrid.close()
    }
  })

  it('records a refusal as failed with SendGrid’s explanation and rejects with a clear message', async () => {
    const sendgrid = await startSendGridStandIn({
      status: 500,
      body: { errors: [{ message: 'Internal error while processing the message', field: null }] },
    })
    process.env.SENDGRID_API_KEY = 'SG.test-key'
    process.env.SENDGRID_API_URL = sendgrid.url
    const subject = uniqueSubject('Échec attendu')
    try {
      await expect(payload.sendEmail(registrationMessage(subject))).rejects.toThrow(
        /n’a pas pu être envoyé : SendGrid a refusé l’e-mail \(HTTP 500 .*\) : Internal error while processing the message/,
      )
      expect(sendgrid.requests).toHaveLength(1)
      const row = await outboxRow(subject)
      expect(row).toMatchObject({ status: 'failed', transport: 'sendgrid' })
      expect(row.error).toMatch(/HTTP 500.*Internal error while processing the message/)
      expect(row.providerMessageId ?? null).toBeNull()
    } finally {
      await sendgrid.close()
    }
  })

  it('resolves with the failure instead when the caller asks not to throw', async () => {
    const sendgrid = await startSendGridStandIn({ status: 401, body: { errors: [{ message: 'Permission denied, wrong credentials', field: null }] } })
    process.env.SENDGRID_API_KEY = 'SG.wrong-key'
    process.env.SENDGRID_API_URL = sendgrid.url
    const subject = uniqueSubject('Échec toléré')
    try {
      const delivery = await sendAndRecordEmail(payload, { ...registrationMessage(subject), throwOnError: false })
      expect(delivery).toMatchObject({ status: 'failed', transport: 'sendgrid', error: expect.stringMatching(/HTTP 401/) })
      expect(await outboxRow(subject)).toMatchObject({ id: delivery.outboxId, status: 'failed' })
    } finally {
      await sendgrid.close()
    }
  })
})

describe('email through SMTP', () => {
  it('delivers to the SMTP server of SMTP_URL and records the Message-ID and language', async () => {
    const received: { rcptTo: string[]; mailFrom: string | false; raw: string }[] = []
    const smtp = new SMTPServer({
      disabledCommands: ['STARTTLS', 'AUTH'],
      authOptional: true,
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = []
        stream.on('data', (chunk: Buffer) => chunks.push(chunk))
        stream.on('end', () => {
          received.push({
            rcptTo: session.envelope.rcptTo.map(({ address }) => address),
            mailFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : false,
            raw: Buffer.concat(chunks).toString('utf8'),
          })
          callback()
        })
      },
    })
    smtp.listen(0, '127.0.0.1')
    await once(smtp.server, 'listening')
    process.env.SMTP_URL = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`
    const email = passwordResetEmail({ locale: 'en', name: 'Awa', resetUrl: `${SITE_URL}/reset/tok-42`, expiresAt: new Date('2026-01-15T14:30:00Z') })
    const subject = uniqueSubject(email.subject)
    try {
      // A plain Payload message, without Taalentio's options: the locale comes from the template's <html lang>.
      const delivery = (await payload.sendEmail({ ...email, subject, to: 'awa@example.ci' })) as EmailDelivery

      expect(received).toHaveLength(1)
      const [message] = received
      expect(message.rcptTo).toEqual(['awa@example.ci'])
      expect(message.mailFrom).toBe('no-reply@taalentio.local')
      expect(message.raw).toMatch(/^To: awa@example\.ci$/m)
      expect(message.raw).toContain(`Subject: ${subject}`)
      expect(message.raw).toContain(`Message-ID: ${delivery.providerMessageId}`)
      expect(delivery).toMatchObject({ status: 'sent', transport: 'smtp' })
      expect(await outboxRow(subject)).toMatchObject({ status: 'sent', transport: 'smtp', providerMessageId: delivery.providerMessageId, locale: 'en' })
    } finally {
      await new Promise<void>((resolve) => smtp.close(() => resolve()))
    }
  })
})

describe('email without a transport', () => {
  it('is stored in the outbox, which admins read and talents cannot', async () => {
    const admin = await createUser(payload, { roles: ['admin'] })
    const talent = await createUser(payload, { roles: ['talent'] })
    const subject = uniqueSubject('Conservé dans la boîte d’envoi')

    const delivery = (await payload.sendEmail(registrationMessage(subject))) as EmailDelivery
    expect(delivery).toMatchObject({ status: 'stored', transport: 'outbox' })

    const asAdmin = await payload.find({
      collection: 'outbox',
      where: { subject: { equals: subject } },
      overrideAccess: false,
      user: admin,
    })
    expect(asAdmin.docs).toHaveLength(1)
    expect(asAdmin.docs[0]).toMatchObject({ id: delivery.outboxId, status: 'stored', transport: 'outbox', to: 'Awa Koné <awa@example.ci>' })
    expect(asAdmin.docs[0].html).toContain('CIF0001ABJ')

    await expect(
      payload.find({ collection: 'outbox', where: { subject: { equals: subject } }, overrideAccess: false, user: talent }),
    ).rejects.toBeInstanceOf(Forbidden)
    await expect(
      payload.findByID({ collection: 'outbox', id: delivery.outboxId!, overrideAccess: false, user: talent }),
    ).rejects.toBeInstanceOf(Forbidden)
  })

  it('cannot be written, changed or deleted through the API, not even by an admin', async () => {
    const admin = await createUser(payload, { roles: ['admin'] })
    const { outboxId } = (await payload.sendEmail({ to: 'awa@example.ci', subject: uniqueSubject('Intact'), text: 'Bonjour' })) as EmailDelivery
    const asAdmin = { overrideAccess: false, user: admin } as const

    await expect(
      payload.create({ collection: 'outbox', data: { to: 'x@example.ci', status: 'sent', transport: 'smtp' }, ...asAdmin }),
    ).rejects.toBeInstanceOf(Forbidden)
    await expect(payload.update({ collection: 'outbox', id: outboxId!, data: { status: 'sent' }, ...asAdmin })).rejects.toBeInstanceOf(Forbidden)
    await expect(payload.delete({ collection: 'outbox', id: outboxId!, ...asAdmin })).rejects.toBeInstanceOf(Forbidden)
    expect(await payload.findByID({ collection: 'outbox', id: outboxId! })).toMatchObject({ status: 'stored' })
  })

  it('keeps the outbox row when the work that sent the email is rolled back', async () => {
    const admin = await createUser(payload, { roles: ['admin'] })
    const req = await createLocalReq({ user: admin }, payload)
    await initTransaction(req)
    const subject = uniqueSubject('Envoyé pendant une transaction annulée')

    const delivery = await sendAndRecordEmail(payload, { to: 'awa@example.ci', subject, text: 'Bonjour', req })
    await killTransaction(req)

    expect(await outboxRow(subject)).toMatchObject({ id: delivery.outboxId, status: 'stored' })
  })
})
