'use client'

import { useCallback, useEffect, useState } from 'react'

import type { PublicCity } from '@/reference-data/publicReferenceQueries'
import type { PickerOption } from '@/talents/registrationOptions'

export type CitiesState = { status: 'idle' | 'loading' | 'failed' } | { status: 'ready'; cities: PublicCity[] }

/** Cities already fetched in this page, per country: going back and forth costs nothing. */
const loaded = new Map<string, PublicCity[]>()

/** The cities of a country, fetched when the country is chosen (GET /api/reference/countries/:iso2/cities). */
export function useCities(iso2: string | undefined): { state: CitiesState; retry: () => void } {
  const [state, setState] = useState<CitiesState>({ status: 'idle' })
  const [attempt, setAttempt] = useState(0)

  useEffect(() => {
    if (!iso2) {
      setState({ status: 'idle' })
      return
    }
    const known = loaded.get(iso2)
    if (known) {
      setState({ status: 'ready', cities: known })
      return
    }
    const controller = new AbortController()
    setState({ status: 'loading' })
    fetch(`/api/reference/countries/${encodeURIComponent(iso2)}/cities`, { signal: controller.signal })
      .then(async (response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`)
        const { docs } = (await response.json()) as { docs: PublicCity[] }
        loaded.set(iso2, docs)
        setState({ status: 'ready', cities: docs })
      })
      .catch(() => {
        if (!controller.signal.aborted) setState({ status: 'failed' })
      })
    return () => controller.abort()
  }, [iso2, attempt])

  const retry = useCallback(() => setAttempt((value) => value + 1), [])
  return { state, retry }
}

/** Cities as picker options, the largest first (the endpoint's order), capitals marked. */
export function cityOptions(cities: PublicCity[], capitalLabel: string): PickerOption[] {
  return cities.map((city) => ({
    value: String(city.id),
    label: city.name,
    keywords: city.code,
    detail: city.isCapital ? capitalLabel : undefined,
  }))
}
