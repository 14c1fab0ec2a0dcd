import { publicProfileUrl } from '@/qr/publicProfileUrl'
import type { Photo } from '../../payload-types'

export type PhotoSize = 'thumbnail' | 'card' | 'profile' | 'og'
export type PhotoImage = { url: string; width: number | null; height: number | null; alt: string | null }

/** Sizes to try, best first: a photo smaller than a size has no such variant (Payload never enlarges). */
const FALLBACKS: Record<PhotoSize, PhotoSize[]> = {
  thumbnail: ['thumbnail', 'card'],
  card: ['card', 'profile'],
  profile: ['profile', 'card'],
  og: ['og', 'profile', 'card'],
}

/**
 * One variant of a talent photo, or the original when the photo is too small for it.
 * Undefined when the photo is absent or was not readable (a private profile's photo is
 * only readable by its owner and staff, so a visitor gets an id or nothing).
 */
export function photoImage(photo: number | Photo | null | undefined, size: PhotoSize): PhotoImage | undefined {
  if (!photo || typeof photo !== 'object') return undefined
  for (const name of FALLBACKS[size]) {
    const variant = photo.sizes?.[name]
    if (variant?.url) return { url: variant.url, width: variant.width ?? null, height: variant.height ?? null, alt: photo.alt ?? null }
  }
  return photo.url ? { url: photo.url, width: photo.width ?? null, height: photo.height ?? null, alt: photo.alt ?? null } : undefined
}

/** Absolute form of a URL Payload gave (relative when no server URL is configured): OpenGraph needs one. */
export function absoluteUrl(url: string): string {
  return /^https?:\/\//i.test(url) ? url : publicProfileUrl(url)
}
