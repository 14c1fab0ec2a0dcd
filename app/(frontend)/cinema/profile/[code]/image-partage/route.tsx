import config from '@payload-config'
import { ImageResponse } from 'next/og'
import { getPayload } from 'payload'

import { findCinemaProfile, toCinemaProfileView } from '@/cinema/publicProfile'
import { SECTION_COLOURS } from '@/cinema/sectionColours'
import { normalizeCode, parseCinemaCode } from '@/codes/formats'
import { getLocale } from '@/i18n/getLocale'

/**
 * GET /cinema/profile/{code}/image-partage — the branded 1200×630 card link previews show
 * when a profile has no public photo: name, categories and code, drawn from what any
 * visitor may see (a private profile gets 404, as its page does).
 */
export async function GET(_request: Request, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params
  if (!parseCinemaCode(code)) return new Response(null, { status: 404 })
  const [payload, locale] = await Promise.all([getPayload({ config }), getLocale()])
  const found = await findCinemaProfile(payload, normalizeCode(code), null)
  if (!found) return new Response(null, { status: 404 })
  const view = toCinemaProfileView(found.talent, { locale, viewer: 'public' })

  return new ImageResponse(
    (
      <div style={{ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', justifyContent: 'space-between', background: '#141110', color: '#fbf7f1', padding: '64px 72px' }}>
        <div style={{ display: 'flex', alignItems: 'center', gap: 16, fontSize: 30, fontWeight: 700 }}>
          <div style={{ width: 44, height: 44, borderRadius: 12, background: '#b4461f' }} />
          Taalentio · {locale === 'en' ? 'Cinema' : 'Cinéma'}
        </div>
        <div style={{ display: 'flex', flexDirection: 'column', gap: 18 }}>
          <div style={{ fontSize: 76, fontWeight: 800, lineHeight: 1.05 }}>{view.name}</div>
          <div style={{ fontSize: 32, color: '#f0c46e' }}>{view.categories.slice(0, 3).join(' · ')}</div>
        </div>
        <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between' }}>
          <div style={{ display: 'flex', fontSize: 40, fontWeight: 700, letterSpacing: 4, background: '#fbf7f1', color: '#141110', padding: '8px 20px', borderRadius: 12 }}>{view.code}</div>
          <div style={{ display: 'flex', gap: 8 }}>
            {Object.values(SECTION_COLOURS).map(({ hex: colour }) => (
              <div key={colour} style={{ width: 22, height: 22, borderRadius: 11, background: colour }} />
            ))}
          </div>
        </div>
      </div>
    ),
    { width: 1200, height: 630, headers: { 'Cache-Control': 'public, max-age=3600' } },
  )
}
