import type { S3ClientConfig } from '@aws-sdk/client-s3'

/**
 * Object storage settings read from the environment. Files go to an S3-compatible bucket
 * (AWS S3, MinIO, Scaleway, OVH, Cloudflare R2…) when S3_BUCKET is set, else to local disk
 * (UPLOADS_DIR). Without S3_ACCESS_KEY_ID/S3_SECRET_ACCESS_KEY the AWS SDK's usual credential
 * chain applies (AWS_* variables, instance role).
 */
export type S3Settings = {
  bucket: string
  config: S3ClientConfig
  /** Seconds a signed download URL stays valid; 0 = files are streamed through the app. */
  signedDownloadSeconds: number
}

type Env = Record<string, string | undefined>

export function s3Settings(env: Env = process.env): S3Settings | null {
  const bucket = env.S3_BUCKET?.trim()
  if (!bucket) return null
  const endpoint = env.S3_ENDPOINT?.trim() || undefined
  const accessKeyId = env.S3_ACCESS_KEY_ID?.trim()
  const secretAccessKey = env.S3_SECRET_ACCESS_KEY?.trim()
  // MinIO and most self-hosted stores only understand path-style addresses (endpoint/bucket/key).
  const forcePathStyle = env.S3_FORCE_PATH_STYLE ? env.S3_FORCE_PATH_STYLE === 'true' : Boolean(endpoint)
  const signed = Number(env.S3_SIGNED_DOWNLOAD_SECONDS ?? 0)
  return {
    bucket,
    config: {
      region: env.S3_REGION?.trim() || 'us-east-1',
      endpoint,
      forcePathStyle,
      ...(accessKeyId && secretAccessKey ? { credentials: { accessKeyId, secretAccessKey } } : {}),
    },
    signedDownloadSeconds: Number.isFinite(signed) && signed > 0 ? Math.min(Math.floor(signed), 3600) : 0,
  }
}
