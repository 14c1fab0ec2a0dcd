import { sql } from '@payloadcms/db-postgres'
import { REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import type { Payload } from 'payload'
import { createLocalReq } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { runContractDailyPass } from '@/contracts/dailyRun'
import { contractDocumentHash, fileSha256 } from '@/contracts/documentHash'
import { lexicalParagraphs } from '@/contracts/render'
import { contractVerificationId, contractVerificationUrl } from '@/contracts/verification'
import { flushLogs } from '@/logs'
import type { CinemaTalent, Contract, ContractTemplate, Talent, User } from '../../payload-types'
import config from '../../payload.config'
import { decodeQr, pdfPagesAsPng, pdfText } from '../helpers/pdf'
import { getTestPayload } from '../helpers/payload'
import { TEST_ADMIN } from '../helpers/testEnv'
import { createUser } from '../helpers/users'

let payload: Payload
let adminToken: string
let admin: User
let talentTemplate: ContractTemplate
let cinemaTemplate: ContractTemplate
const place: Record<string, number> = {}

type Answer = { status: number; body: any; bytes?: Buffer; headers: Headers }

/** Through Payload's real REST route handlers, as Next serves /api/…. */
async function call(method: 'GET' | 'POST' | 'PATCH', path: string, { token, body, ip = '10.8.0.1', userAgent = 'Vitest/contracts' }: { token?: string; body?: unknown; ip?: string; userAgent?: string } = {}): Promise<Answer> {
  const headers = new Headers({ 'x-forwarded-for': ip, 'user-agent': userAgent })
  if (token) headers.set('Authorization', `JWT ${token}`)
  if (body !== undefined) headers.set('content-type', 'application/json')
  const request = new Request(`http://localhost/api/${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
  const handler = { GET: REST_GET, POST: REST_POST, PATCH: REST_PATCH }[method](config)
  const response = await handler(request, { params: Promise.resolve({ slug: path.split('?')[0].split('/') }) })
  if (response.headers.get('content-type') === 'application/pdf') return { status: response.status, body: null, bytes: Buffer.from(await response.arrayBuffer()), headers: response.headers }
  return { status: response.status, body: await response.json().catch(() => null), headers: response.headers }
}

async function tokenOf(user: { email: string; password: string }): Promise<string> {
  return (await payload.login({ collection: 'users', data: { email: user.email, password: user.password } })).token!
}

async function createTalentWithAccount(firstName: string, lastName: string) {
  const user = await createUser(payload, { roles: ['talent'] })
  const talent = (await payload.create({
    collection: 'talents',
    data: { user: user.id, firstName, lastName, gender: 'F', country: place.country, city: place.city, categories: [place.category] },
  })) as Talent
  return { user, talent, token: await tokenOf(user) }
}

async function emailsTo(address: string) {
  return (await payload.find({ collection: 'outbox', where: { to: { contains: address } }, sort: '-createdAt', limit: 50, overrideAccess: true })).docs
}

/** The signing token of the newest signing-link email to `address`. */
async function latestSigningToken(address: string): Promise<string> {
  const email = (await emailsTo(address)).find((message) => /\/contrats\/signer\//.test(message.text ?? ''))
  const token = email?.text?.match(/\/contrats\/signer\/([A-Za-z0-9_-]{43})/)?.[1]
  if (!token) throw new Error(`No signing link emailed to ${address}`)
  return token
}

async function runSql(query: ReturnType<typeof sql>) {
  return (payload.db as unknown as { drizzle: { execute: (q: ReturnType<typeof sql>) => Promise<{ rows: Record<string, unknown>[] }> } }).drizzle.execute(query)
}

const SIGNATURE_PNG = async () => {
  const sharp = (await import('sharp')).default
  const png = await sharp({ create: { width: 300, height: 100, channels: 4, background: { r: 255, g: 255, b: 255, alpha: 0 } } })
    .composite([{ input: Buffer.from('<svg width="300" height="100"><path d="M10 70 C 60 10, 120 90, 290 30" stroke="black" stroke-width="4" fill="none"/></svg>'), top: 0, left: 0 }])
    .png()
    .toBuffer()
  return `data:image/png;base64,${png.toString('base64')}`
}

async function draftFor(talent: Talent, extra: Record<string, unknown> = {}) {
  const created = await call('POST', 'contracts', {
    token: adminToken,
    body: { template: talentTemplate.id, talent: talent.id, amount: 150000, currency: 'XOF', startDate: '2026-12-01T12:00:00.000Z', endDate: '2026-12-20T12:00:00.000Z', ...extra },
  })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  return created.body.doc as Contract
}

beforeAll(async () => {
  payload = await getTestPayload()
  admin = (await payload.find({ collection: 'users', where: { email: { equals: TEST_ADMIN.email } }, limit: 1 })).docs[0]
  adminToken = await tokenOf(TEST_ADMIN)
  const country = (await payload.find({ collection: 'countries', where: { iso2: { equals: 'SN' } }, limit: 1 })).docs[0]
  const city = (await payload.find({ collection: 'cities', where: { country: { equals: country.id } }, sort: '-population', limit: 1 })).docs[0]
  const category = (await payload.find({ collection: 'categories', limit: 1 })).docs[0]
  Object.assign(place, { country: country.id, city: city.id, category: category.id })
  talentTemplate = await payload.create({
    collection: 'contract-templates',
    data: {
      title: 'Contrat de prestation artistique',
      kind: 'talent',
      body: lexicalParagraphs([
        'Entre Taalentio et {{talent.nom_complet}} (code {{talent.code}}), résidant à {{talent.ville}}, {{talent.pays}}.',
        'Cachet : {{cachet}} ({{devise}}), du {{date_debut}} au {{date_fin}}. Référence {{contrat.reference}}.',
        'Variable inconnue : {{talent.inconnu}}.',
      ]) as never,
      requiresCountersignature: true,
      reminderAfterDays: 3,
      linkValidityDays: 14,
      defaultCurrency: 'XOF',
    },
  })
  cinemaTemplate = await payload.create({
    collection: 'contract-templates',
    data: { title: 'Contrat de tournage', kind: 'cinema', defaultCurrency: 'XOF', reminderAfterDays: 3, linkValidityDays: 14, body: lexicalParagraphs(['{{talent.nom_complet}} joue {{role}} dans {{projet.titre}} ({{projet.code}}) produit par {{production.nom}}.']) as never },
  })
})

describe('contract drafts', () => {
  it('renders the template’s variables on the server and numbers the contract', async () => {
    const awa = await createTalentWithAccount('Awa', 'Diop')
    const draft = await draftFor(awa.talent)
    expect(draft.reference).toMatch(/^CTR-\d{4}-\d{6}$/)
    expect(draft.status).toBe('draft')
    expect(draft.renderedHtml).toContain(`Entre Taalentio et Awa Diop (code ${awa.talent.code})`)
    expect(draft.renderedHtml).toMatch(/Cachet : 150\s000\sF\sCFA \(XOF\), du 1 décembre 2026 au 20 décembre 2026\./)
    expect(draft.renderedHtml).toContain(draft.reference!)
    expect(draft.renderedHtml).toContain('{{talent.inconnu}}')
    expect(draft.events?.map((event) => event.type)).toEqual(['created'])

    const preview = await call('POST', 'contracts/preview', { token: adminToken, body: { template: talentTemplate.id, talent: awa.talent.id, amount: 1000, currency: 'EUR' } })
    expect(preview.status).toBe(200)
    expect(preview.body.html).toMatch(/1\s000\s€/)
    expect(preview.body.unknownVariables).toEqual(['talent.inconnu'])
    expect((await call('POST', 'contracts/preview', { token: awa.token, body: { template: talentTemplate.id } })).status).toBe(403)
    expect((await call('GET', 'contracts/variables', { token: adminToken })).body.variables).toContainEqual(expect.objectContaining({ name: 'cachet', token: '{{cachet}}' }))
  })

  it('renders a cinema contract from the assignment (role, project, production, fee)', async () => {
    const user = await createUser(payload, { roles: ['talent'] })
    const cinemaTalent = (await payload.create({
      collection: 'cinema-talents',
      data: { user: user.id, firstName: 'Koffi', lastName: 'Mensah', gender: 'M', dateOfBirth: '1990-01-01', country: place.country, city: place.city, categories: [place.category], availability: 'available' },
    })) as CinemaTalent
    const production = await payload.create({ collection: 'productions', data: { name: 'Teranga Films', code: 'TRG', country: place.country } })
    const project = await payload.create({ collection: 'projects', data: { title: 'Le Fleuve', production: production.id, type: 'FLM', status: 'preproduction' } })
    const assignment = await payload.create({ collection: 'assignments', data: { project: project.id, cinemaTalent: cinemaTalent.id, roleName: 'Le pêcheur', kind: 'cast', status: 'confirmed', fee: 500000, currency: 'XOF' } })
    const created = await call('POST', 'contracts', { token: adminToken, body: { template: cinemaTemplate.id, cinemaTalent: cinemaTalent.id, project: project.id, assignment: assignment.id } })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    expect(created.body.doc.kind).toBe('cinema')
    expect(created.body.doc.amount).toBe(500000)
    expect(created.body.doc.renderedHtml).toContain(`Koffi Mensah joue Le pêcheur dans Le Fleuve (${project.code}) produit par Teranga Films.`)
    // A talent template cannot be used for a cinema talent.
    const wrong = await call('POST', 'contracts', { token: adminToken, body: { template: talentTemplate.id, cinemaTalent: cinemaTalent.id } })
    expect(wrong.status).toBe(400)
  })

  it('lets only admins write contracts; talents read only their own; presence and SEO staff see none', async () => {
    const awa = await createTalentWithAccount('Awa', 'Sarr')
    const bob = await createTalentWithAccount('Bob', 'Faye')
    const draft = await draftFor(awa.talent)
    expect((await call('POST', 'contracts', { token: awa.token, body: { template: talentTemplate.id, talent: awa.talent.id } })).status).toBe(403)
    expect((await call('PATCH', `contracts/${draft.id}`, { token: awa.token, body: { amount: 1 } })).status).toBe(403)

    const own = await payload.find({ collection: 'contracts', where: { id: { equals: draft.id } }, overrideAccess: false, user: awa.user })
    expect(own.docs.map((doc) => doc.id)).toEqual([draft.id])
    // Staff-only details are hidden from the talent.
    expect(own.docs[0].partyEmail).toBeUndefined()
    const seenByBob = await payload.find({ collection: 'contracts', where: { id: { equals: draft.id } }, overrideAccess: false, user: bob.user })
    expect(seenByBob.totalDocs).toBe(0)
    for (const user of [await createUser(payload, { roles: ['presence'] }), await createUser(payload, { roles: ['seo'] })]) {
      await expect(payload.find({ collection: 'contracts', overrideAccess: false, user })).rejects.toThrow(/autorisé|allowed/)
    }
    expect((await call('GET', `contracts/${draft.id}`, { token: bob.token })).status).toBe(404)
    expect((await call('GET', `contracts/${draft.id}/pdf`, { token: bob.token })).status).toBe(404)
    const preview = await call('GET', `contracts/${draft.id}/pdf`, { token: awa.token })
    expect(preview.status).toBe(200)
    expect(await pdfText(preview.bytes!)).toContain('Projet non signé')
  })
})

describe('signing workflow', () => {
  it('sends, records the view, signs (talent then staff countersignature), freezes the document and detects tampering', async () => {
    const awa = await createTalentWithAccount('Aïssatou', 'Ndiaye')
    const draft = await draftFor(awa.talent)

    const sent = await call('POST', `contracts/${draft.id}/send`, { token: adminToken })
    expect(sent.status, JSON.stringify(sent.body)).toBe(200)
    expect(sent.body.contract.status).toBe('sent')
    expect(sent.body.contract.signers.map((signer: { role: string; status: string }) => [signer.role, signer.status])).toEqual([['talent', 'sent'], ['staff', 'pending']])
    // Frozen from now on.
    expect((await call('PATCH', `contracts/${draft.id}`, { token: adminToken, body: { amount: 1 } })).status).toBe(409)

    const token = await latestSigningToken(awa.user.email)
    const links = await runSql(sql`SELECT token_hash FROM contract_signing_links WHERE contract_id = ${draft.id}`)
    expect(links.rows.map((row) => row.token_hash)).not.toContain(token)

    const view = await call('GET', `contract-signing/${token}`, { ip: '41.82.1.2', userAgent: 'Mozilla/5.0 (Android) Talent' })
    expect(view.status).toBe(200)
    expect(view.body).toMatchObject({ contract: { reference: draft.reference, status: 'viewed' }, signer: { name: 'Aïssatou Ndiaye', role: 'talent' }, identity: 'code' })
    expect(view.body.signer.email).not.toBe(awa.user.email)
    expect(view.body.contract.html).toContain('Aïssatou Ndiaye')
    // Viewing again neither consumes the link nor records a second view.
    expect((await call('GET', `contract-signing/${token}`)).status).toBe(200)

    const drawn = await SIGNATURE_PNG()
    const wrongCode = await call('POST', `contract-signing/${token}/sign`, { body: { consent: true, identity: { code: 'XX0000XXX' }, signature: { method: 'drawn', image: drawn } } })
    expect(wrongCode.status).toBe(403)
    expect(wrongCode.body.error.code).toBe('identity_failed')
    const noConsent = await call('POST', `contract-signing/${token}/sign`, { body: { consent: false, identity: { code: awa.talent.code }, signature: { method: 'drawn', image: drawn } } })
    expect(noConsent.body.error.code).toBe('consent_required')

    const signed = await call('POST', `contract-signing/${token}/sign`, { body: { consent: true, identity: { code: awa.talent.code!.toLowerCase() }, signature: { method: 'drawn', image: drawn } }, ip: '41.82.1.2', userAgent: 'Mozilla/5.0 (Android) Talent' })
    expect(signed.status, JSON.stringify(signed.body)).toBe(200)
    expect(signed.body.status).toBe('sent')
    // The link is single-use.
    const reused = await call('POST', `contract-signing/${token}/sign`, { body: { consent: true, identity: { code: awa.talent.code }, signature: { method: 'typed', name: 'Aïssatou Ndiaye' } } })
    expect(reused.status).toBe(410)
    expect(reused.body.error.code).toBe('link_used')
    expect((await call('GET', `contract-signing/${token}`)).body.error.code).toBe('link_used')

    // The staff countersigner gets their own link and proves their identity with an emailed code.
    const staffToken = await latestSigningToken(admin.email)
    const staffView = await call('GET', `contract-signing/${staffToken}`)
    expect(staffView.body).toMatchObject({ identity: 'otp', signer: { role: 'staff' }, previousSigners: [{ name: 'Aïssatou Ndiaye' }] })
    const withoutOtp = await call('POST', `contract-signing/${staffToken}/sign`, { body: { consent: true, identity: {}, signature: { method: 'typed', name: 'Équipe Taalentio' } } })
    expect(withoutOtp.body.error.code).toBe('otp_required')
    expect((await call('POST', `contract-signing/${staffToken}/otp`)).body).toEqual({ sent: true })
    const tooSoon = await call('POST', `contract-signing/${staffToken}/otp`)
    expect([tooSoon.status, tooSoon.body.error.code]).toEqual([429, 'otp_wait'])
    const otpEmail = (await emailsTo(admin.email)).find((message) => /code de signature/i.test(message.subject ?? ''))
    const otp = otpEmail!.subject!.match(/(\d{6})/)![1]
    const final = await call('POST', `contract-signing/${staffToken}/sign`, { body: { consent: true, identity: { otp }, signature: { method: 'typed', name: 'Équipe Taalentio' } }, ip: '10.0.0.9' })
    expect(final.status, JSON.stringify(final.body)).toBe(200)
    expect(final.body.status).toBe('signed')
    expect(final.body.verifyUrl).toBe(contractVerificationUrl(payload.secret, draft.id))

    const contract = await payload.findByID({ collection: 'contracts', id: draft.id, depth: 0 })
    expect(contract.documentHash).toMatch(/^[0-9a-f]{64}$/)
    expect(contract.documentHash).toBe(contractDocumentHash(contract))
    expect(contract.signers?.[0]).toMatchObject({ status: 'signed', method: 'drawn', identity: 'code', ip: '41.82.1.2', userAgent: 'Mozilla/5.0 (Android) Talent' })
    expect(contract.events?.map((event) => event.type)).toEqual(['created', 'sent', 'viewed', 'signed', 'countersignature_requested', 'viewed', 'otp_sent', 'signed', 'completed'])
    expect(contract.events?.find((event) => event.type === 'viewed')).toMatchObject({ ip: '41.82.1.2', userAgent: 'Mozilla/5.0 (Android) Talent' })

    await flushLogs()
    const logged = await payload.find({ collection: 'activity-logs', where: { action: { in: ['contract.created', 'contract.sent', 'contract.viewed', 'contract.signed'] } }, limit: 200 })
    expect(new Set(logged.docs.filter((entry) => JSON.stringify(entry).includes(draft.reference!)).map((entry) => entry.action))).toEqual(new Set(['contract.created', 'contract.sent', 'contract.viewed', 'contract.signed']))

    // Every party is told, with the PDF link.
    const signedEmails = [...(await emailsTo(awa.user.email)), ...(await emailsTo(admin.email))].filter((message) => message.subject?.startsWith('Contrat signé'))
    expect(signedEmails.length).toBeGreaterThanOrEqual(2)
    expect(signedEmails[0].text).toContain(`/api/contracts/${draft.id}/pdf`)

    // The final PDF: rendered text, signer names, hash; the QR code opens the verification page.
    const pdf = await call('GET', `contracts/${draft.id}/pdf`, { token: awa.token })
    expect(pdf.status).toBe(200)
    expect(fileSha256(pdf.bytes!)).toBe(contract.pdfHash)
    const text = (await pdfText(pdf.bytes!)).replace(/[\u00a0\u202f]/g, ' ')
    expect(text).toContain(`Entre Taalentio et Aïssatou Ndiaye (code ${awa.talent.code})`)
    expect(text).toContain('150 000 F CFA')
    expect(text).toContain('1 décembre 2026 au 20 décembre 2026')
    expect(text).toContain('Équipe Taalentio')
    expect(text).toContain(contract.documentHash)
    expect(text).toContain('Certificat de signature électronique')
    expect(text).toContain(admin.name || admin.email)
    expect(text).toMatch(/Page 1 \/ \d/)
    const pages = await pdfPagesAsPng(pdf.bytes!, { dpi: 150 })
    const decoded = pages.map((page) => decodeQr(page)).filter(Boolean)
    expect(decoded).toContain(contractVerificationUrl(payload.secret, draft.id))

    // Public verification: intact, signers, no content.
    const verificationId = contractVerificationId(payload.secret, draft.id)
    const verified = await call('GET', `contracts/verify/${verificationId}`)
    expect(verified.status).toBe(200)
    expect(verified.body).toMatchObject({ reference: draft.reference, status: 'signed', intact: true, pdfIntact: true, documentHash: contract.documentHash, pdfHash: contract.pdfHash })
    expect(verified.body.signers.map((signer: { name: string }) => signer.name)).toEqual(['Aïssatou Ndiaye', admin.name || admin.email])
    expect(JSON.stringify(verified.body)).not.toContain('150')
    expect(JSON.stringify(verified.body)).not.toContain(awa.user.email)
    expect((await call('GET', `contracts/verify/${draft.id}`)).status).toBe(404)
    expect((await call('GET', `contracts/verify/${draft.id}-0000000000000000`)).status).toBe(404)

    // Someone alters the stored text: the verification says so.
    await runSql(sql`UPDATE contracts SET rendered_html = replace(rendered_html, '150', '950') WHERE id = ${draft.id}`)
    const tampered = await call('GET', `contracts/verify/${verificationId}`)
    expect(tampered.body.intact).toBe(false)

    // Archived: the PDF stays, untouched.
    const archived = await call('POST', `contracts/${draft.id}/archive`, { token: adminToken })
    expect(archived.body.contract.status).toBe('archived')
    const again = await call('GET', `contracts/${draft.id}/pdf`, { token: adminToken })
    expect(fileSha256(again.bytes!)).toBe(contract.pdfHash)
    const fileUpdate = await call('PATCH', `contract-files/${contract.finalPdf}`, { token: adminToken, body: { sha256: 'x' } })
    expect(fileUpdate.status).toBe(403)
  })

  it('refuses expired, revoked and unknown links, and logs the refusals', async () => {
    const awa = await createTalentWithAccount('Fatou', 'Ba')
    const draft = await draftFor(awa.talent)
    await call('POST', `contracts/${draft.id}/send`, { token: adminToken })
    const token = await latestSigningToken(awa.user.email)
    await runSql(sql`UPDATE contract_signing_links SET expires_at = now() - interval '1 minute' WHERE contract_id = ${draft.id}`)
    const expired = await call('POST', `contract-signing/${token}/sign`, { body: { consent: true, identity: { code: awa.talent.code }, signature: { method: 'typed', name: 'Fatou Ba' } } })
    expect(expired.status).toBe(410)
    expect(expired.body.error.code).toBe('link_expired')
    expect((await call('GET', 'contract-signing/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')).status).toBe(404)
    expect((await call('GET', 'contract-signing/short')).body.error.code).toBe('link_invalid')
    // Five wrong identity codes lock a link, even for the right code afterwards.
    const other = await createTalentWithAccount('Astou', 'Gueye')
    const otherDraft = await draftFor(other.talent)
    await call('POST', `contracts/${otherDraft.id}/send`, { token: adminToken })
    const otherToken = await latestSigningToken(other.user.email)
    const attempt = (code: string) => call('POST', `contract-signing/${otherToken}/sign`, { body: { consent: true, identity: { code }, signature: { method: 'typed', name: 'Astou Gueye' } } })
    for (let index = 0; index < 5; index += 1) expect((await attempt(`SNX000${index}DKR`)).body.error.code).toBe('identity_failed')
    const locked = await attempt(other.talent.code!)
    expect([locked.status, locked.body.error.code]).toEqual([429, 'otp_locked'])

    await flushLogs()
    const refusals = await payload.find({ collection: 'security-logs', where: { action: { equals: 'contract.link_refused' } }, limit: 50 })
    expect(refusals.totalDocs).toBeGreaterThanOrEqual(7)
  })

  it('sends a contract once when two staff members press « Envoyer » at the same instant, and cancels or archives once', async () => {
    const awa = await createTalentWithAccount('Coumba', 'Ndiaye')
    const draft = await draftFor(awa.talent)
    const [first, second] = await Promise.all([call('POST', `contracts/${draft.id}/send`, { token: adminToken }), call('POST', `contracts/${draft.id}/send`, { token: adminToken })])
    expect([first.status, second.status].sort()).toEqual([200, 409])
    expect([first, second].find((answer) => answer.status === 409)!.body.error.code).toBe('bad_status')
    const sent = (await payload.findByID({ collection: 'contracts', id: draft.id, depth: 0 })) as Contract
    expect(sent.events?.filter((event) => event.type === 'sent')).toHaveLength(1)
    expect(sent.signers).toHaveLength(2)
    const links = await runSql(sql`SELECT count(*)::int AS n FROM contract_signing_links WHERE contract_id = ${draft.id}`)
    expect(links.rows[0].n).toBe(1)
    const signingEmails = (await emailsTo(awa.user.email)).filter((message) => /\/contrats\/signer\//.test(message.text ?? ''))
    expect(signingEmails).toHaveLength(1)

    const cancels = await Promise.all([call('POST', `contracts/${draft.id}/cancel`, { token: adminToken }), call('POST', `contracts/${draft.id}/cancel`, { token: adminToken })])
    expect(cancels.map((answer) => answer.status).sort()).toEqual([200, 409])
    const archives = await Promise.all([call('POST', `contracts/${draft.id}/archive`, { token: adminToken }), call('POST', `contracts/${draft.id}/archive`, { token: adminToken })])
    expect(archives.map((answer) => answer.status).sort()).toEqual([200, 409])
    const archived = (await payload.findByID({ collection: 'contracts', id: draft.id, depth: 0 })) as Contract
    expect(archived.status).toBe('archived')
    expect(archived.events?.map((event) => event.type).filter((type) => type === 'cancelled' || type === 'archived')).toEqual(['cancelled', 'archived'])
  })

  it('declines with a reason and tells the staff', async () => {
    const awa = await createTalentWithAccount('Mariama', 'Cissé')
    const draft = await draftFor(awa.talent)
    await call('POST', `contracts/${draft.id}/send`, { token: adminToken })
    const token = await latestSigningToken(awa.user.email)
    const declined = await call('POST', `contract-signing/${token}/decline`, { body: { reason: 'Le cachet ne correspond pas.' } })
    expect(declined.body).toEqual({ status: 'declined' })
    expect((await call('POST', `contract-signing/${token}/decline`, { body: {} })).status).toBe(410)
    const staffEmail = (await emailsTo(admin.email)).find((message) => message.subject === `Contrat refusé : Contrat de prestation artistique (${draft.reference})`)
    expect(staffEmail?.text).toContain('Le cachet ne correspond pas.')
  })

  it('reminds after the template’s delay with a fresh link and expires contracts past their link validity', async () => {
    const late = await createTalentWithAccount('Ndeye', 'Fall')
    const lateDraft = await draftFor(late.talent)
    await call('POST', `contracts/${lateDraft.id}/send`, { token: adminToken })
    const firstToken = await latestSigningToken(late.user.email)
    const old = await createTalentWithAccount('Khady', 'Sow')
    const oldDraft = await draftFor(old.talent)
    await call('POST', `contracts/${oldDraft.id}/send`, { token: adminToken })

    await runSql(sql`UPDATE contracts SET sent_at = now() - interval '4 days' WHERE id = ${lateDraft.id}`)
    await runSql(sql`UPDATE contracts SET expires_at = now() - interval '1 hour' WHERE id = ${oldDraft.id}`)
    const result = await runContractDailyPass(await createLocalReq({}, payload))
    expect(result.reminded).toBeGreaterThanOrEqual(1)
    expect(result.expired).toBeGreaterThanOrEqual(1)

    const reminded = await payload.findByID({ collection: 'contracts', id: lateDraft.id })
    expect(reminded.reminderCount).toBe(1)
    const secondToken = await latestSigningToken(late.user.email)
    expect(secondToken).not.toBe(firstToken)
    expect((await call('GET', `contract-signing/${firstToken}`)).body.error.code).toBe('link_invalid')
    expect((await call('GET', `contract-signing/${secondToken}`)).status).toBe(200)
    // Not due again the same day.
    expect((await runContractDailyPass(await createLocalReq({}, payload))).reminded).toBe(0)

    expect((await payload.findByID({ collection: 'contracts', id: oldDraft.id })).status).toBe('expired')
    const oldToken = await latestSigningToken(old.user.email)
    expect((await call('GET', `contract-signing/${oldToken}`)).body.error.code).toBe('link_expired')
    expect((await emailsTo(admin.email)).some((message) => message.subject?.startsWith('Contrat expiré'))).toBe(true)

    // Staff remind the expired contract: sent again with a new validity and a working link.
    const revived = await call('POST', `contracts/${oldDraft.id}/remind`, { token: adminToken })
    expect(revived.status, JSON.stringify(revived.body)).toBe(200)
    expect(revived.body.contract.status).toBe('sent')
    expect(new Date(revived.body.contract.expiresAt).getTime()).toBeGreaterThan(Date.now() + 13 * 24 * 3600 * 1000)
    const revivedToken = await latestSigningToken(old.user.email)
    expect(revivedToken).not.toBe(oldToken)
    expect((await call('GET', `contract-signing/${revivedToken}`)).status).toBe(200)
    // A talent cannot remind, cancel or archive.
    expect((await call('POST', `contracts/${oldDraft.id}/cancel`, { token: old.token })).status).toBe(403)
  })
})
