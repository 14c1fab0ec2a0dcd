import { s3Storage } from '@payloadcms/storage-s3'
import type { Config, Plugin } from 'payload'

import { s3Settings } from './s3Settings'

/** Slugs of the collections of a config that store files. */
export function uploadCollectionSlugs(config: Pick<Config, 'collections'>): string[] {
  return (config.collections ?? []).filter((collection) => Boolean(collection.upload)).map((collection) => collection.slug)
}

/**
 * Puts the files of EVERY upload collection of the config (present and future: list this plugin
 * last) in the S3 bucket when S3_BUCKET is set; local disk otherwise.
 *
 * - Objects are private (ACL `private`), under `<collection slug>/<filename>`.
 * - Files are always served through Payload's `/api/<collection>/file/<filename>` route, which
 *   checks the collection's read access first (`disablePayloadAccessControl` stays false): a CV
 *   or a contract is never reachable through a public bucket address. With
 *   S3_SIGNED_DOWNLOAD_SECONDS > 0, that route answers (after the access check) with a redirect
 *   to a signed URL valid that many seconds instead of streaming the bytes.
 * - The plugin's `prefix` and `_objectKey` columns exist with or without S3
 *   (`alwaysInsertFields`), so the database schema and its migrations are the same everywhere.
 */
export function storagePlugin(): Plugin {
  return (incomingConfig) => {
    const settings = s3Settings()
    const collections = Object.fromEntries(
      uploadCollectionSlugs(incomingConfig).map((slug) => [
        slug,
        {
          prefix: slug,
          ...(settings?.signedDownloadSeconds ? { signedDownloads: { expiresIn: settings.signedDownloadSeconds } } : {}),
        },
      ]),
    )
    return s3Storage({
      enabled: Boolean(settings),
      alwaysInsertFields: true,
      bucket: settings?.bucket ?? 'disabled',
      acl: 'private',
      config: settings?.config ?? {},
      collections,
    })(incomingConfig)
  }
}
