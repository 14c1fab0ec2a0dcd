export { DEFAULT_EMAIL_FROM, formatMailbox, parseMailboxes, senderFromEnv, type Mailbox } from './addresses'
export { emailMessages, type EmailMessages } from './messages'
export { EMAIL_STATUSES, OUTBOX_SLUG, recordInOutbox, type EmailStatus, type OutboxRecord } from './outbox'
export {
  EmailDeliveryError,
  sendAndRecordEmail,
  type EmailDelivery,
  type EmailRecordOptions,
  type TaalentioSendEmailOptions,
} from './sendAndRecordEmail'
export { publicSiteUrl } from './siteUrl'
export { taalentioEmailAdapter } from './taalentioEmailAdapter'
export { chooseTransport, EMAIL_TRANSPORTS, type EmailTransport } from './transportChoice'
export * from './templates'
