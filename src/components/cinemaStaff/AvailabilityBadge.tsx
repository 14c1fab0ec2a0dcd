import type { StaffListRow } from '@/cinema/staffSearch/staffListView'

const TONES: Record<StaffListRow['availability']['value'], string> = {
  available: 'bg-forest-600/10 text-forest-600 ring-forest-600/25',
  limited: 'bg-ochre-200/60 text-ink-800 ring-ochre-500/40',
  unavailable: 'bg-sand-100 text-ink-700 ring-ink-900/15',
}

const DOTS: Record<StaffListRow['availability']['value'], string> = {
  available: 'bg-forest-600',
  limited: 'bg-ochre-500',
  unavailable: 'bg-ink-400',
}

export function AvailabilityBadge({ availability }: { availability: StaffListRow['availability'] }) {
  return (
    <span className={`inline-flex items-center gap-1.5 rounded-full px-2.5 py-0.5 text-xs font-semibold whitespace-nowrap ring-1 ring-inset ${TONES[availability.value]}`}>
      <span aria-hidden="true" className={`size-1.5 rounded-full ${DOTS[availability.value]}`} />
      {availability.label}
    </span>
  )
}
