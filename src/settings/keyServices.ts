import type { IntegrationKey } from './integrationKeys'
import type { KeyService } from './keyTests'

/** Each testable service and the Integrations field holding its key. */
export const KEY_FIELD: Record<KeyService, IntegrationKey> = {
  sendgrid: 'sendGridApiKey',
  openrouter: 'openRouterApiKey',
  omdb: 'omdbApiKey',
}

export const SERVICE_NAME: Record<KeyService, string> = {
  sendgrid: 'SendGrid',
  openrouter: 'OpenRouter',
  omdb: 'OMDB',
}
