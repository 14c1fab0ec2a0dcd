'use client'

import { useRouter } from 'next/navigation'
import { useTransition, type ChangeEvent, type FormEvent, type ReactNode } from 'react'

/**
 * The directory's GET form (search words and filters). It works as a plain form without
 * JavaScript; with it, empty fields are left out of the URL (short, shareable links), a
 * changed select applies at once — choosing a country reloads the list of its cities — and
 * the results fade while the next page renders.
 */
export function DirectoryForm({ children, className = '' }: { children: ReactNode; className?: string }) {
  const router = useRouter()
  const [pending, startTransition] = useTransition()

  const submit = (form: HTMLFormElement) => {
    const params = new URLSearchParams()
    for (const [key, value] of new FormData(form)) {
      if (typeof value === 'string' && value.trim()) params.set(key, value.trim())
    }
    const query = params.toString()
    startTransition(() => router.push(query ? `/talents?${query}` : '/talents', { scroll: false }))
  }

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    submit(event.currentTarget)
  }

  const onChange = (event: ChangeEvent<HTMLFormElement>) => {
    const field = event.target as unknown as HTMLSelectElement
    if (field.tagName !== 'SELECT') return
    // A city belongs to the country chosen before: a new country starts with all its cities.
    if (field.name === 'country') {
      const city = event.currentTarget.elements.namedItem('city')
      if (city instanceof HTMLSelectElement) city.value = ''
    }
    submit(event.currentTarget)
  }

  return (
    <form action="/talents" method="get" onSubmit={onSubmit} onChange={onChange} data-pending={pending ? '' : undefined} className={`group/directory ${className}`}>
      {children}
    </form>
  )
}
