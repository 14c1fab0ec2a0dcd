import { describe, expect, it } from 'vitest'

import { commonSecurityHeaders, contentSecurityPolicy, createNonce, isCameraPage, permissionsPolicy } from '@/security/headers'
import { s3Settings } from '@/storage/s3Settings'

const directive = (csp: string, name: string) => csp.split('; ').find((part) => part.startsWith(`${name} `)) ?? ''
const production = { NODE_ENV: 'production', NEXT_PUBLIC_SERVER_URL: 'https://talents.example.org' }

describe('Content-Security-Policy', () => {
  it('public pages: nonce + strict-dynamic, no eval in production, never framed', () => {
    const csp = contentSecurityPolicy('/talents', 'abc123', production)
    expect(directive(csp, 'script-src')).toBe("script-src 'nonce-abc123' 'strict-dynamic' 'self' https:")
    expect(directive(csp, 'style-src')).toBe("style-src 'self' 'unsafe-inline'")
    expect(directive(csp, 'frame-ancestors')).toBe("frame-ancestors 'none'")
    expect(directive(csp, 'object-src')).toBe("object-src 'none'")
    expect(directive(csp, 'img-src')).toContain('https:')
    expect(csp).toContain('upgrade-insecure-requests')
    expect(csp).not.toContain('unsafe-eval')
  })

  it('development adds eval and websockets; plain http gets no upgrade-insecure-requests', () => {
    const csp = contentSecurityPolicy('/', 'n', { NODE_ENV: 'development' })
    expect(directive(csp, 'script-src')).toContain("'unsafe-eval'")
    expect(directive(csp, 'connect-src')).toContain('ws:')
    expect(contentSecurityPolicy('/', 'n', { NODE_ENV: 'production', NEXT_PUBLIC_SERVER_URL: 'http://127.0.0.1:3000' })).not.toContain('upgrade-insecure-requests')
  })

  it('the admin panel: its own scripts, the nonce and Monaco from jsDelivr, no strict-dynamic', () => {
    const csp = contentSecurityPolicy('/admin/collections/users', 'n', production)
    expect(directive(csp, 'script-src')).toBe("script-src 'self' 'nonce-n' https://cdn.jsdelivr.net")
    expect(directive(csp, 'connect-src')).not.toContain('https: ')
  })

  it('nonces are random, 128 bits', () => {
    const nonces = new Set(Array.from({ length: 50 }, createNonce))
    expect(nonces.size).toBe(50)
    expect(Buffer.from([...nonces][0]!, 'base64')).toHaveLength(16)
  })
})

describe('Permissions-Policy and common headers', () => {
  it('allows the camera on /presence only', () => {
    expect(isCameraPage('/presence')).toBe(true)
    expect(isCameraPage('/presences')).toBe(false)
    expect(permissionsPolicy('/presence')).toContain('camera=(self)')
    for (const path of ['/', '/admin', '/api', '/talents/ABC']) expect(permissionsPolicy(path)).toContain('camera=()')
    expect(permissionsPolicy('/presence')).toContain('microphone=()')
  })

  it('sends HSTS in production only, unless HSTS=off', () => {
    expect(commonSecurityHeaders(production)['Strict-Transport-Security']).toBe('max-age=31536000; includeSubDomains')
    expect(commonSecurityHeaders({ NODE_ENV: 'development' })['Strict-Transport-Security']).toBeUndefined()
    expect(commonSecurityHeaders({ ...production, HSTS: 'off' })['Strict-Transport-Security']).toBeUndefined()
    expect(commonSecurityHeaders(production)['X-Content-Type-Options']).toBe('nosniff')
  })
})

describe('S3 settings', () => {
  it('are off without S3_BUCKET; path-style with a custom endpoint; signed URLs capped at an hour', () => {
    expect(s3Settings({})).toBeNull()
    const minio = s3Settings({ S3_BUCKET: 'b', S3_ENDPOINT: 'http://minio:9000', S3_ACCESS_KEY_ID: 'k', S3_SECRET_ACCESS_KEY: 's', S3_SIGNED_DOWNLOAD_SECONDS: '99999' })
    expect(minio).toMatchObject({ bucket: 'b', signedDownloadSeconds: 3600, config: { forcePathStyle: true, region: 'us-east-1', credentials: { accessKeyId: 'k', secretAccessKey: 's' } } })
    const aws = s3Settings({ S3_BUCKET: 'b', S3_REGION: 'eu-west-3' })
    expect(aws).toMatchObject({ signedDownloadSeconds: 0, config: { forcePathStyle: false, region: 'eu-west-3' } })
    expect(aws?.config.credentials).toBeUndefined()
  })
})
