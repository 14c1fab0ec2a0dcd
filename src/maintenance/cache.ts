import { rm } from 'node:fs/promises'
import path from 'node:path'

import { clearReferenceCache } from '@/reference-data/referenceCache'
import { pathSize } from './sizes'

export type CacheReport = { nextCache: { path: string; files: number; bytes: number } }
export type CacheClearReport = CacheReport & { freedFiles: number; freedBytes: number; pagesRevalidated: boolean; referenceCacheCleared: boolean }

const nextCacheDir = () => path.resolve('.next', 'cache')
/** Parts of Next.js's cache that are safe to delete while the server runs (rebuilt on demand). */
const CLEARABLE = ['images', 'fetch-cache']

/** Size of Next.js's on-disk cache (optimised images, fetch and page data). */
export async function cacheSize(): Promise<CacheReport> {
  const dir = nextCacheDir()
  return { nextCache: { path: dir, ...(await pathSize(dir)) } }
}

/**
 * Clears the caches: every page and data entry of Next.js is revalidated (`revalidatePath('/',
 * 'layout')`, the root of every page), the optimised image and fetch caches are deleted, and the
 * in-memory reference-data cache (countries, cities… for the public pickers) is emptied.
 */
export async function clearCaches(): Promise<CacheClearReport> {
  let freedFiles = 0
  let freedBytes = 0
  for (const part of CLEARABLE) {
    const target = path.join(nextCacheDir(), part)
    const size = await pathSize(target)
    await rm(target, { recursive: true, force: true })
    freedFiles += size.files
    freedBytes += size.bytes
  }
  let pagesRevalidated = false
  try {
    const { revalidatePath } = await import('next/cache')
    revalidatePath('/', 'layout')
    pagesRevalidated = true
  } catch {
    // Outside a Next.js request (command line, tests) there is no page cache to revalidate.
  }
  clearReferenceCache()
  return { ...(await cacheSize()), freedFiles, freedBytes, pagesRevalidated, referenceCacheCleared: true }
}
