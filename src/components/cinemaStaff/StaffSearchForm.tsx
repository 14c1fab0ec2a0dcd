'use client'

import { useRouter } from 'next/navigation'
import { useTransition, type ChangeEvent, type FormEvent, type ReactNode } from 'react'

/** Builds the URL query of the staff search form: languages paired with their level, empty fields and defaults left out. */
export function staffFormQuery(form: HTMLFormElement): string {
  const data = new FormData(form)
  const params = new URLSearchParams()
  const levels = data.getAll('level').map(String)
  data.getAll('language').forEach((language, index) => {
    const value = String(language).trim()
    if (value) params.append('language', levels[index] ? `${value}:${levels[index]}` : value)
  })
  for (const [key, value] of data) {
    if (key === 'language' || key === 'level' || typeof value !== 'string' || !value.trim()) continue
    if (key === 'sort' && value === 'name') continue
    params.append(key, value.trim())
  }
  return params.toString()
}

/**
 * The staff search's GET form. Without JavaScript it submits as is (the filters' parser
 * pairs `language` and `level`); with it, the URL is kept short, a changed select or
 * checkbox applies at once (numbers and words apply on Enter or "Appliquer"), and the
 * results fade while the next page renders.
 */
export function StaffSearchForm({ action, children }: { action: string; children: ReactNode }) {
  const router = useRouter()
  const [pending, startTransition] = useTransition()

  const submit = (form: HTMLFormElement) => {
    const query = staffFormQuery(form)
    startTransition(() => router.push(query ? `${action}?${query}` : action, { scroll: false }))
  }

  const onChange = (event: ChangeEvent<HTMLFormElement>) => {
    const field = event.target as unknown as HTMLInputElement | HTMLSelectElement
    if (field.dataset.manual !== undefined) return
    const applies = field.tagName === 'SELECT' || (field instanceof HTMLInputElement && field.type === 'checkbox')
    if (!applies) return
    // A city belongs to the country chosen before.
    if (field.name === 'country') {
      const city = event.currentTarget.elements.namedItem('city')
      if (city instanceof HTMLSelectElement) city.value = ''
    }
    submit(event.currentTarget)
  }

  return (
    <form
      action={action}
      method="get"
      onSubmit={(event: FormEvent<HTMLFormElement>) => {
        event.preventDefault()
        submit(event.currentTarget)
      }}
      onChange={onChange}
      data-pending={pending ? '' : undefined}
      className="group/staff"
    >
      {children}
    </form>
  )
}
