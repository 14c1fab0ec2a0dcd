import { randomBytes } from 'node:crypto'

import { sql } from '@payloadcms/db-postgres'
import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

import { isAdminUser } from '@/access/roles'
import { requestConnection } from '@/db/requestConnection'
import { sendAndRecordEmail } from '@/email/sendAndRecordEmail'
import { contractOtpEmail, contractSignedEmail, contractSigningEmail, contractStatusEmail, type RenderedEmail } from '@/email/templates'
import { isLocale, type Locale } from '@/i18n/locales'
import { renderContractPdf } from '@/pdf/contractPdf'
import { publicProfileUrl } from '@/qr/publicProfileUrl'
import type { Contract, ContractTemplate, User } from '../../payload-types'
import { CONTRACT_WORKFLOW_CONTEXT } from '../../collections/Contracts/hooks/prepareDraft'
import { ARCHIVABLE_STATUSES, CONTRACT_FILES_SLUG, MAX_SIGNATURE_IMAGE_BYTES, OPEN_STATUSES, REMINDABLE_STATUSES, OTP_MAX_ATTEMPTS, OTP_VALIDITY_MINUTES, STATUS_LABELS, type ContractStatus } from './constants'
import { contractDocumentHash, fileSha256 } from './documentHash'
import { ContractError } from './errors'
import { appendEvents, contractEvent, type ContractEvent } from './events'
import { logContractActivity, logLinkRefused } from './logging'
import { loadDraft, refId } from './renderContext'
import { consumeSigningLink, issueSigningLink, resolveSigningLink, revokeSigningLinks, type ResolvedLink, type Signer } from './signingLinks'
import { hashOneTimeCode, maskEmail, newOneTimeCode, sameHash } from './tokens'
import { contractSigningUrl, contractVerificationUrl } from './verification'

const DAY = 24 * 60 * 60 * 1000
const WORKFLOW = { [CONTRACT_WORKFLOW_CONTEXT]: true }

type ContractData = Partial<Omit<Contract, 'id' | 'updatedAt' | 'createdAt'>>

/** The workflow's own writes: locked fields, hence overrideAccess, and the context that skips draft rendering. */
async function saveContract(req: PayloadRequest, id: number, data: ContractData): Promise<Contract> {
  return req.payload.update({ collection: 'contracts', id, data, req, overrideAccess: true, context: WORKFLOW, depth: 0 })
}

/** A staff action starts by reading the contract as the signed-in admin (their access decides). */
export async function loadContractAsStaff(req: PayloadRequest, id: unknown): Promise<Contract> {
  if (!req.user) throw new ContractError('sign_in', 401)
  if (!isAdminUser(req.user)) throw new ContractError('forbidden', 403)
  const contractId = refId(id)
  if (!contractId) throw new ContractError('not_found', 404)
  try {
    return await req.payload.findByID({ collection: 'contracts', id: contractId, depth: 0, req, user: req.user, overrideAccess: false })
  } catch {
    throw new ContractError('not_found', 404)
  }
}

/**
 * One status change at a time per contract: the row is locked (SELECT … FOR UPDATE) in a
 * transaction and the contract read again under the lock, so two « Envoyer » at once (or
 * « Envoyer » and « Annuler ») cannot both apply: the second sees what the first left and is
 * refused. `change` checks and writes; emails and logs go after the commit, outside the lock.
 */
async function underContractLock<T>(req: PayloadRequest, id: number, change: (contract: Contract) => Promise<T>): Promise<T> {
  const startedHere = await initTransaction(req)
  try {
    await (await requestConnection(req)).execute(sql`SELECT id FROM contracts WHERE id = ${id} FOR UPDATE`)
    const contract = await req.payload.findByID({ collection: 'contracts', id, depth: 0, req, overrideAccess: true })
    const result = await change(contract)
    if (startedHere) await commitTransaction(req)
    return result
  } catch (error) {
    if (startedHere) await killTransaction(req)
    throw error
  }
}

function requireStatus(contract: Contract, allowed: readonly ContractStatus[]): void {
  if (!allowed.includes(contract.status)) throw new ContractError('bad_status', 409, { status: STATUS_LABELS[contract.status].fr })
}

async function userById(req: PayloadRequest, id: unknown): Promise<User | null> {
  const userId = refId(id)
  if (!userId) return null
  return req.payload.findByID({ collection: 'users', id: userId, depth: 0, req, overrideAccess: true }).catch(() => null)
}

const localeOf = (user: User | null | undefined): Locale => (isLocale(user?.preferredLanguage) ? (user!.preferredLanguage as Locale) : 'fr')

async function send(req: PayloadRequest, to: string, email: RenderedEmail, locale: Locale): Promise<void> {
  // The workflow goes on when a provider fails: the outbox shows the failure and staff can remind.
  await sendAndRecordEmail(req.payload, { to, ...email, req, locale, throwOnError: false })
}

const staffContractUrl = (contract: Contract) => publicProfileUrl(`/contrats/${contract.id}`)
const contractPdfUrl = (contract: Contract) => publicProfileUrl(`/api/contracts/${contract.id}/pdf`)
const refOf = (contract: Contract) => ({ title: contract.title ?? '', reference: contract.reference ?? '' })

/** The signer whose turn it is: the first, in order, who has not signed. */
export function currentSigner(contract: Contract): Signer | undefined {
  return [...(contract.signers ?? [])].sort((a, b) => a.order - b.order).find((signer) => signer.status !== 'signed')
}

async function emailSigningLink(req: PayloadRequest, contract: Contract, signer: Signer, token: string, expiresAt: Date, kind: 'sent' | 'countersign' | 'reminder'): Promise<void> {
  const user = await userById(req, signer.user)
  const locale = localeOf(user)
  const email = contractSigningEmail({ locale, name: signer.name, contract: refOf(contract), url: contractSigningUrl(token), expiresAt, kind, partyName: contract.partyName ?? '' })
  await send(req, signer.email, email, locale)
}

/** The people who follow a contract for the staff: its author and, when different, the countersigner. */
async function staffRecipients(req: PayloadRequest, contract: Contract): Promise<User[]> {
  const ids = [...new Set([refId(contract.createdBy), refId(contract.countersigner)].filter((id): id is number => Boolean(id)))]
  const users = await Promise.all(ids.map((id) => userById(req, id)))
  return users.filter((user): user is User => Boolean(user?.email))
}

// ---------------------------------------------------------------------------------------------
// Staff actions
// ---------------------------------------------------------------------------------------------

/**
 * draft → sent. The text is rendered one last time from the current profile and frozen; the
 * signers are fixed (the talent, then the staff countersigner when the template asks); the first
 * signer gets a single-use link by email.
 */
export async function sendContract(req: PayloadRequest, id: unknown): Promise<Contract> {
  const { sent, signer, token, expiresAt } = await underContractLock(req, (await loadContractAsStaff(req, id)).id, (contract) => freezeAndSend(req, contract))
  await emailSigningLink(req, sent, signer, token, expiresAt, 'sent')
  await logContractActivity(req, 'contract.sent', sent, `Contrat ${sent.reference} envoyé à ${signer.name}.`)
  return sent
}

async function freezeAndSend(req: PayloadRequest, contract: Contract): Promise<{ sent: Contract; signer: Signer; token: string; expiresAt: Date }> {
  requireStatus(contract, ['draft'])
  const now = new Date()
  const draft = await loadDraft(req, { ...contract, reference: contract.reference }, now)
  const template: ContractTemplate = draft.template
  if (template.active === false) throw new ContractError('template_inactive', 409)
  if (!draft.party.email) throw new ContractError('no_email', 409)

  const signers: Signer[] = [
    { id: rowId(), order: 1, role: 'talent', status: 'sent', name: draft.party.name, email: draft.party.email, user: draft.party.ownerId, sentAt: now.toISOString() },
  ]
  if (template.requiresCountersignature) {
    const staff = (await userById(req, contract.countersigner)) ?? (await userById(req, contract.createdBy)) ?? (req.user as User)
    signers.push({ id: rowId(), order: 2, role: 'staff', status: 'pending', name: staff.name || staff.email, email: staff.email, user: staff.id })
  }
  const expiresAt = new Date(now.getTime() + (template.linkValidityDays ?? 14) * DAY)
  const { token } = await issueSigningLink(req, contract.id, signers[0].id!, expiresAt)
  const sent = await saveContract(req, contract.id, {
    status: 'sent',
    partyName: draft.party.name,
    partyCode: draft.party.code,
    partyEmail: draft.party.email,
    renderedContent: draft.rendered.content as unknown as Contract['renderedContent'],
    renderedHtml: draft.rendered.html,
    signers,
    sentAt: now.toISOString(),
    expiresAt: expiresAt.toISOString(),
    reminderCount: 0,
    events: appendEvents(contract, contractEvent(req, 'sent', { details: `Lien envoyé à ${signers[0].name} <${signers[0].email}>` })),
  })
  return { sent, signer: signers[0], token, expiresAt }
}

/**
 * A new link to the signer whose turn it is (earlier links stop working), same expiry. Staff or
 * the daily job. Staff may also remind an expired contract: it is sent again with a new validity.
 */
export async function remindContract(req: PayloadRequest, { id }: Pick<Contract, 'id'>, { automatic = false } = {}): Promise<Contract> {
  const { saved, signer, token, expiresAt, details } = await underContractLock(req, id, (contract) => renewSigningLink(req, contract, automatic))
  await emailSigningLink(req, saved, signer, token, expiresAt, signer.role === 'staff' ? 'countersign' : 'reminder')
  await logContractActivity(req, 'contract.reminder_sent', saved, `${details} (contrat ${saved.reference}).`)
  return saved
}

async function renewSigningLink(req: PayloadRequest, contract: Contract, automatic: boolean) {
  requireStatus(contract, automatic ? OPEN_STATUSES : REMINDABLE_STATUSES)
  const signer = currentSigner(contract)
  if (!signer?.id) throw new ContractError('bad_status', 409, { status: STATUS_LABELS[contract.status].fr })
  const now = new Date()
  const reviving = contract.status === 'expired'
  let expiresAt = new Date(contract.expiresAt ?? now.getTime() + DAY)
  if (reviving) {
    const template = await req.payload.findByID({ collection: 'contract-templates', id: refId(contract.template)!, depth: 0, req, overrideAccess: true }).catch(() => null)
    expiresAt = new Date(now.getTime() + (template?.linkValidityDays ?? 14) * DAY)
  } else if (expiresAt <= now) {
    throw new ContractError('link_expired', 410)
  }
  const { token } = await issueSigningLink(req, contract.id, signer.id, expiresAt)
  const details = `${automatic ? 'Relance automatique' : 'Relance'} envoyée à ${signer.name}${reviving ? ' (contrat expiré renvoyé avec une nouvelle validité)' : ''}`
  const saved = await saveContract(req, contract.id, {
    ...(reviving ? { status: 'sent' as const, expiresAt: expiresAt.toISOString() } : {}),
    lastReminderAt: now.toISOString(),
    reminderCount: (contract.reminderCount ?? 0) + 1,
    events: appendEvents(contract, contractEvent(req, 'reminder_sent', { details, ...(automatic ? { actorLabel: 'Système' } : {}) })),
  })
  return { saved, signer, token, expiresAt, details }
}

/** draft, sent or viewed → cancelled: links stop working, the signers who had one and the staff are told. */
export async function cancelContract(req: PayloadRequest, id: unknown): Promise<Contract> {
  const saved = await underContractLock(req, (await loadContractAsStaff(req, id)).id, async (contract) => {
    requireStatus(contract, ['draft', 'sent', 'viewed'])
    await revokeSigningLinks(req, contract.id)
    return saveContract(req, contract.id, { status: 'cancelled', events: appendEvents(contract, contractEvent(req, 'cancelled')) })
  })
  const notified = (saved.signers ?? []).filter((signer) => signer.status !== 'pending' && signer.status !== 'signed')
  for (const signer of notified) {
    const user = await userById(req, signer.user)
    const locale = localeOf(user)
    await send(req, signer.email, contractStatusEmail({ locale, name: signer.name, contract: refOf(saved), status: 'cancelled', url: publicProfileUrl('/mon-espace/contrats'), staff: false }), locale)
  }
  await notifyStaff(req, saved, 'cancelled')
  await logContractActivity(req, 'contract.cancelled', saved, `Contrat ${saved.reference} annulé.`)
  return saved
}

/** signed, declined, expired or cancelled → archived. The final PDF stays as it is. */
export async function archiveContract(req: PayloadRequest, id: unknown): Promise<Contract> {
  const saved = await underContractLock(req, (await loadContractAsStaff(req, id)).id, async (contract) => {
    requireStatus(contract, ARCHIVABLE_STATUSES)
    return saveContract(req, contract.id, { status: 'archived', events: appendEvents(contract, contractEvent(req, 'archived')) })
  })
  await logContractActivity(req, 'contract.archived', saved, `Contrat ${saved.reference} archivé.`)
  return saved
}

/** sent or viewed, past its expiry → expired (the daily job). */
export async function expireContract(req: PayloadRequest, { id }: Pick<Contract, 'id'>): Promise<Contract> {
  const saved = await underContractLock(req, id, async (contract) => {
    requireStatus(contract, OPEN_STATUSES)
    await revokeSigningLinks(req, contract.id)
    return saveContract(req, contract.id, { status: 'expired', events: appendEvents(contract, contractEvent(req, 'expired', { actorLabel: 'Système' })) })
  })
  await notifyStaff(req, saved, 'expired')
  await logContractActivity(req, 'contract.expired', saved, `Contrat ${saved.reference} expiré sans signature.`)
  return saved
}

async function notifyStaff(req: PayloadRequest, contract: Contract, status: 'declined' | 'expired' | 'cancelled', signer?: Signer): Promise<void> {
  for (const user of await staffRecipients(req, contract)) {
    const locale = localeOf(user)
    const email = contractStatusEmail({ locale, name: user.name || user.email, contract: refOf(contract), status, url: staffContractUrl(contract), signerName: signer?.name, declineReason: contract.declineReason, staff: true })
    await send(req, user.email, email, locale)
  }
}

// ---------------------------------------------------------------------------------------------
// Signer actions (public, by token)
// ---------------------------------------------------------------------------------------------

export type SigningView = {
  contract: { reference: string; title: string; kind: string; html: string; status: string }
  signer: { name: string; role: string; email: string }
  identity: 'code' | 'otp'
  previousSigners: { name: string; signedAt: string }[]
}

/** What the signing page shows; the first opening by the signer is recorded (`viewed`). The link is not consumed. */
export async function viewSigningLink(req: PayloadRequest, token: unknown): Promise<SigningView> {
  let { contract, signer, signerIndex } = await resolveSigningLink(req, token)
  if (signer.status === 'sent') {
    const now = new Date().toISOString()
    const signers = (contract.signers ?? []).map((row, index) => (index === signerIndex ? { ...row, status: 'viewed' as const, viewedAt: now } : row))
    contract = await saveContract(req, contract.id, {
      status: contract.status === 'sent' ? 'viewed' : contract.status,
      signers,
      events: appendEvents(contract, contractEvent(req, 'viewed', { actorLabel: signerLabel(signer) })),
    })
    await logContractActivity(req, 'contract.viewed', contract, `Contrat ${contract.reference} consulté par ${signer.name}.`)
  }
  return {
    contract: { reference: contract.reference ?? '', title: contract.title ?? '', kind: contract.kind ?? 'talent', html: contract.renderedHtml ?? '', status: contract.status },
    signer: { name: signer.name, role: signer.role, email: maskEmail(signer.email) },
    identity: identityMethod(contract, signer),
    previousSigners: (contract.signers ?? []).filter((row) => row.status === 'signed' && row.signedAt).map((row) => ({ name: row.name, signedAt: row.signedAt! })),
  }
}

/** The talent proves who they are with their profile code; staff (and talents without a code) with an emailed code. */
function identityMethod(contract: Contract, signer: Signer): 'code' | 'otp' {
  return signer.role === 'talent' && contract.partyCode ? 'code' : 'otp'
}

const signerLabel = (signer: Signer) => `${signer.name} <${signer.email}>`

/** Emails a 6-digit code valid 10 minutes; only its keyed hash is stored. */
export async function sendSigningOtp(req: PayloadRequest, token: unknown): Promise<{ sent: true }> {
  const { link, contract, signer } = await resolveSigningLink(req, token)
  if ((link.otpAttempts ?? 0) >= OTP_MAX_ATTEMPTS) throw new ContractError('otp_locked', 429)
  // One code a minute at most: the endpoint is public and each call sends an email.
  const lastSentAt = link.otpExpiresAt ? new Date(link.otpExpiresAt).getTime() - OTP_VALIDITY_MINUTES * 60_000 : 0
  if (Date.now() - lastSentAt < 60_000) throw new ContractError('otp_wait', 429)
  const code = newOneTimeCode()
  await req.payload.update({
    collection: 'contract-signing-links',
    id: link.id,
    data: { otpHash: hashOneTimeCode(req.payload.secret, link.id, code), otpExpiresAt: new Date(Date.now() + OTP_VALIDITY_MINUTES * 60_000).toISOString() },
    req,
    overrideAccess: true,
  })
  await saveContract(req, contract.id, { events: appendEvents(contract, contractEvent(req, 'otp_sent', { actorLabel: signerLabel(signer) })) })
  const locale = localeOf(await userById(req, signer.user))
  await send(req, signer.email, contractOtpEmail({ locale, name: signer.name, contract: refOf(contract), code, minutes: OTP_VALIDITY_MINUTES }), locale)
  return { sent: true }
}

export type SignInput = {
  consent: boolean
  identity: { code?: string; otp?: string }
  signature: { method: 'drawn'; image: string } | { method: 'typed'; name: string }
}

const PNG_DATA_URL = /^data:image\/png;base64,([A-Za-z0-9+/]+={0,2})$/
const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

/** A drawn signature must be a real, small PNG; a typed one a plausible name. */
export function checkSignature(signature: SignInput['signature']): { method: 'drawn' | 'typed'; image?: string; typedName?: string } {
  if (signature.method === 'typed') {
    const name = signature.name.replace(/\s+/g, ' ').trim()
    if (name.length < 2 || name.length > 120) throw new ContractError('signature_invalid', 400)
    return { method: 'typed', typedName: name }
  }
  const match = PNG_DATA_URL.exec(signature.image)
  const bytes = match ? Buffer.from(match[1], 'base64') : null
  if (!bytes || bytes.length < 67 || bytes.length > MAX_SIGNATURE_IMAGE_BYTES || !bytes.subarray(0, 8).equals(PNG_MAGIC)) throw new ContractError('signature_invalid', 400)
  return { method: 'drawn', image: signature.image }
}

/** Checks the code or OTP; a wrong one counts against the link (5 at most), written even though the request fails. */
async function checkIdentity(req: PayloadRequest, resolved: ResolvedLink, identity: SignInput['identity']): Promise<'code' | 'otp'> {
  const { link, contract, signer } = resolved
  if ((link.otpAttempts ?? 0) >= OTP_MAX_ATTEMPTS) throw new ContractError('otp_locked', 429)
  const method = identity.otp ? 'otp' : identityMethod(contract, signer)
  let valid: boolean
  if (method === 'code') {
    const given = (identity.code ?? '').trim().toUpperCase()
    valid = Boolean(given) && given === (contract.partyCode ?? '').toUpperCase()
  } else {
    if (!link.otpHash) throw new ContractError('otp_required', 400)
    if (!link.otpExpiresAt || new Date(link.otpExpiresAt) <= new Date()) throw new ContractError('otp_expired', 400)
    valid = sameHash(hashOneTimeCode(req.payload.secret, link.id, (identity.otp ?? '').trim()), link.otpHash)
  }
  if (!valid) {
    await req.payload.update({ collection: 'contract-signing-links', id: link.id, data: { otpAttempts: (link.otpAttempts ?? 0) + 1 }, req, overrideAccess: true })
    await logLinkRefused(req, 'identity_failed', contract)
    throw new ContractError('identity_failed', 403)
  }
  return method
}

export type SignResult = { status: ContractStatus; verifyUrl: string; pdfUrl?: string }

/**
 * Records one signature. The link is consumed in the same transaction as the signature (a second
 * submission is refused). After the talent, the staff countersigner gets their link; after the
 * last signer the document is frozen: its SHA-256, the final PDF and its SHA-256 are stored and
 * every party is emailed.
 */
export async function signWithLink(req: PayloadRequest, token: unknown, input: SignInput): Promise<SignResult> {
  const resolved = await resolveSigningLink(req, token)
  const { link, signer, signerIndex } = resolved
  if (currentSigner(resolved.contract)?.id !== signer.id) throw new ContractError('not_your_turn', 409)
  if (input.consent !== true) throw new ContractError('consent_required', 400)
  const signature = checkSignature(input.signature)
  const identity = await checkIdentity(req, resolved, input.identity)

  const startedHere = await initTransaction(req)
  try {
    if (!(await consumeSigningLink(req, link.id))) {
      await logLinkRefused(req, 'link_used', resolved.contract)
      throw new ContractError('link_used', 410)
    }
    const contract = await req.payload.findByID({ collection: 'contracts', id: resolved.contract.id, depth: 0, req, overrideAccess: true })
    const now = new Date()
    const event = contractEvent(req, 'signed', { actorLabel: signerLabel(signer), details: `${signature.method === 'drawn' ? 'Signature dessinée' : `Nom saisi : ${signature.typedName}`} · identité vérifiée par ${identity === 'code' ? 'code du talent' : 'code à usage unique'}` })
    const signers = (contract.signers ?? []).map((row, index) =>
      index === signerIndex
        ? { ...row, status: 'signed' as const, signedAt: now.toISOString(), method: signature.method, typedName: signature.typedName ?? null, signatureImage: signature.image ?? null, identity, ip: event.ip, userAgent: event.userAgent }
        : row,
    )
    const next = [...signers].sort((a, b) => a.order - b.order).find((row) => row.status !== 'signed')
    let saved: Contract
    const events: ContractEvent[] = [event]
    if (next?.id) {
      const expiresAt = new Date(Math.max(new Date(contract.expiresAt ?? 0).getTime(), now.getTime() + 3 * DAY))
      const { token: nextToken } = await issueSigningLink(req, contract.id, next.id, expiresAt)
      const withNext = signers.map((row) => (row.id === next.id ? { ...row, status: 'sent' as const, sentAt: now.toISOString() } : row))
      events.push(contractEvent(req, 'countersignature_requested', { actorLabel: 'Système', details: `Lien envoyé à ${next.name}` }))
      saved = await saveContract(req, contract.id, { status: 'sent', signers: withNext, expiresAt: expiresAt.toISOString(), events: appendEvents(contract, ...events) })
      await emailSigningLink(req, saved, { ...next, status: 'sent' }, nextToken, expiresAt, 'countersign')
    } else {
      saved = await completeContract(req, contract, signers, events, now)
    }
    if (startedHere) await commitTransaction(req)
    await logContractActivity(req, 'contract.signed', saved, `Contrat ${saved.reference} signé par ${signer.name}${saved.status === 'signed' ? ' (toutes les signatures recueillies)' : ''}.`)
    if (saved.status === 'signed') await emailSignedContract(req, saved)
    return { status: saved.status, verifyUrl: contractVerificationUrl(req.payload.secret, saved.id), ...(saved.status === 'signed' ? { pdfUrl: `/api/contracts/${saved.id}/pdf` } : {}) }
  } catch (error) {
    if (startedHere) await killTransaction(req)
    throw error
  }
}

/** The last signature: hash of the frozen document, final PDF (private file), its hash. */
async function completeContract(req: PayloadRequest, contract: Contract, signers: Signer[], events: ContractEvent[], now: Date): Promise<Contract> {
  const documentHash = contractDocumentHash({ ...contract, signers })
  const completed = contractEvent(req, 'completed', { actorLabel: 'Système', details: `SHA-256 du document : ${documentHash}`, at: now })
  const allEvents = appendEvents(contract, ...events, completed)
  const signedContract: Contract = { ...contract, status: 'signed', signers, signedAt: now.toISOString(), documentHash, events: allEvents as Contract['events'] }
  const pdf = await renderContractPdf(signedContract, { verifyUrl: contractVerificationUrl(req.payload.secret, contract.id), locale: 'fr' })
  const pdfHash = fileSha256(pdf)
  const file = await req.payload.create({
    collection: CONTRACT_FILES_SLUG,
    data: { contract: contract.id, sha256: pdfHash },
    file: { data: pdf, mimetype: 'application/pdf', name: `${contract.reference ?? `contrat-${contract.id}`}.pdf`, size: pdf.length },
    req,
    overrideAccess: true,
  })
  return saveContract(req, contract.id, { status: 'signed', signers, signedAt: now.toISOString(), documentHash, finalPdf: file.id, pdfHash, events: allEvents })
}

async function emailSignedContract(req: PayloadRequest, contract: Contract): Promise<void> {
  const verifyUrl = contractVerificationUrl(req.payload.secret, contract.id)
  const sentTo = new Set<string>()
  const base = { contract: refOf(contract), signedAt: new Date(contract.signedAt!), hash: contract.documentHash!, pdfUrl: contractPdfUrl(contract), verifyUrl }
  for (const signer of contract.signers ?? []) {
    const user = await userById(req, signer.user)
    const locale = localeOf(user)
    sentTo.add(signer.email.toLowerCase())
    await send(req, signer.email, contractSignedEmail({ ...base, locale, name: signer.name, staff: signer.role === 'staff' }), locale)
  }
  for (const user of await staffRecipients(req, contract)) {
    if (sentTo.has(user.email.toLowerCase())) continue
    const locale = localeOf(user)
    await send(req, user.email, contractSignedEmail({ ...base, locale, name: user.name || user.email, staff: true }), locale)
  }
}

/** The signer declines: the link is used, the contract `declined`, the staff told (with the reason). */
export async function declineWithLink(req: PayloadRequest, token: unknown, reason: string | undefined): Promise<{ status: ContractStatus }> {
  const resolved = await resolveSigningLink(req, token)
  const { link, signer, signerIndex } = resolved
  const cleanReason = reason?.replace(/\s+/g, ' ').trim().slice(0, 1000) || null
  const startedHere = await initTransaction(req)
  let saved: Contract
  try {
    if (!(await consumeSigningLink(req, link.id))) throw new ContractError('link_used', 410)
    const contract = await req.payload.findByID({ collection: 'contracts', id: resolved.contract.id, depth: 0, req, overrideAccess: true })
    const signers = (contract.signers ?? []).map((row, index) => (index === signerIndex ? { ...row, status: 'declined' as const } : row))
    saved = await saveContract(req, contract.id, {
      status: 'declined',
      signers,
      declineReason: cleanReason,
      events: appendEvents(contract, contractEvent(req, 'declined', { actorLabel: signerLabel(signer), details: cleanReason ?? undefined })),
    })
    if (startedHere) await commitTransaction(req)
  } catch (error) {
    if (startedHere) await killTransaction(req)
    throw error
  }
  await revokeSigningLinks(req, saved.id)
  await notifyStaff(req, saved, 'declined', signer)
  await logContractActivity(req, 'contract.declined', saved, `Contrat ${saved.reference} refusé par ${signer.name}.`)
  return { status: saved.status }
}

/** Array row ids chosen here, so a signing link can name its signer before the contract is saved. */
function rowId(): string {
  return randomBytes(12).toString('hex')
}

