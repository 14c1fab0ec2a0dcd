import { createElement, type ReactElement } from 'react'

import { renderToBuffer, type DocumentProps } from '@react-pdf/renderer'

import { formatContractAmount, formatContractDate } from '@/contracts/variables'
import { format } from '@/i18n'
import type { Locale } from '@/i18n/locales'
import { getContractDocumentMessages } from '@/i18n/messages/contractDocument'
import { qrPng } from '@/qr/qrCode'
import type { Contract } from '../../payload-types'
import { foldToWinAnsi, pickBadgeFonts } from './badgeFonts'
import { ContractDocument, type ContractPdfData } from './ContractDocument'

/** Pixels of the QR code image: 110 pt on paper, sharp at print resolution. */
const QR_PIXELS = 440

/**
 * The contract as a PDF: the rendered text and the signatures, then (once signed) the
 * certificate page with signers, audit trail, the document's SHA-256 and a QR code to the
 * public verification page. A draft prints with a « PROJET » watermark and no certificate.
 */
export async function renderContractPdf(contract: Contract, { verifyUrl, locale = 'fr' }: { verifyUrl: string; locale?: Locale }): Promise<Buffer> {
  const messages = getContractDocumentMessages(locale)
  const draft = !['signed', 'archived'].includes(contract.status) || !contract.documentHash
  const signers = [...(contract.signers ?? [])].sort((a, b) => a.order - b.order)
  const start = formatContractDate(contract.startDate)
  const end = formatContractDate(contract.endDate)
  const data: ContractPdfData = {
    reference: contract.reference ?? '',
    title: contract.title ?? '',
    status: contract.status,
    partyLine: [contract.partyName, contract.partyCode ? `(${contract.partyCode})` : ''].filter(Boolean).join(' '),
    amount: formatContractAmount(contract.amount, contract.currency),
    period: start && end ? format(messages.periodValue, { start, end }) : start || end,
    content: contract.renderedContent,
    signers: signers.map((signer) => ({ ...signer, role: signer.role })),
    events: (contract.events ?? []).map((event) => ({ type: event.type, at: event.at, actorLabel: event.actorLabel, ip: event.ip, userAgent: event.userAgent })),
    documentHash: contract.documentHash,
    signedAt: contract.signedAt,
    verifyUrl,
    qrDataUrl: `data:image/png;base64,${(await qrPng(verifyUrl, { size: QR_PIXELS })).toString('base64')}`,
    draft,
  }
  const texts = [data.title, data.partyLine, ...signers.map((signer) => `${signer.name} ${signer.typedName ?? ''}`), ...(contract.events ?? []).map((event) => `${event.actorLabel ?? ''} ${event.userAgent ?? ''}`), JSON.stringify(contract.renderedContent ?? '')]
  const fonts = pickBadgeFonts(texts)
  const text = fonts.foldText ? foldToWinAnsi : (value: string) => value
  const document = createElement(ContractDocument, { data, fonts, messages, locale, text })
  return renderToBuffer(document as ReactElement<DocumentProps>)
}
