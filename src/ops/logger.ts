import type { Config } from 'payload'

/**
 * Payload's logger (pino). Production writes one JSON object per line on stdout, for the
 * container runtime or journald to collect: `level` as a word, ISO `time`, `msg`, and the
 * fields of each call (`err` with its stack). LOG_FORMAT=pretty keeps Payload's coloured lines,
 * LOG_FORMAT=json forces JSON in development; LOG_LEVEL: trace, debug, info (default), warn, error.
 * Authorization headers, cookies and password fields are never written.
 */
export function loggerConfig(env: Record<string, string | undefined> = process.env): Config['logger'] {
  const json = env.LOG_FORMAT ? env.LOG_FORMAT === 'json' : env.NODE_ENV === 'production'
  if (!json) return undefined
  return {
    options: {
      name: 'taalentio',
      level: env.LOG_LEVEL || 'info',
      formatters: { level: (label: string) => ({ level: label }) },
      timestamp: () => `,"time":"${new Date().toISOString()}"`,
      redact: {
        paths: ['req.headers.authorization', 'req.headers.cookie', 'headers.authorization', 'headers.cookie', 'password', '*.password', 'token', '*.token'],
        censor: '[masqué]',
      },
    },
  }
}
