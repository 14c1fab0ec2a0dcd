import type { Messages } from '@/i18n'
import { OptionList } from '@/components/OptionList'
import type { CategoryOptionGroup } from '@/search/categoryOptions'

import { SearchIcon } from '../icons'

type TalentSearchProps = {
  messages: Messages['home']['search']
  categories: CategoryOptionGroup[]
}

/** The directory's entry point: a plain GET form to /talents (`q`, `category`), works without JavaScript. */
export function TalentSearch({ messages, categories }: TalentSearchProps) {
  return (
    <section aria-labelledby="search-title" className="relative z-10 container-page -mt-4 pb-4 lg:-mt-8">
      <div className="rounded-3xl bg-ink-900 p-6 text-sand-50 shadow-card sm:p-8">
        <div className="flex flex-col gap-1 lg:flex-row lg:items-end lg:justify-between lg:gap-6">
          <h2 id="search-title" className="text-2xl font-bold tracking-tight">
            {messages.title}
          </h2>
          <p className="text-sm text-ink-300">{messages.intro}</p>
        </div>

        <form action="/talents" method="get" role="search" className="mt-6 grid gap-3 sm:grid-cols-2 lg:grid-cols-[1fr_16rem_auto]">
          <div>
            <label htmlFor="search-q" className="mb-1.5 block text-sm font-medium text-ink-300">
              {messages.queryLabel}
            </label>
            <div className="relative">
              <SearchIcon className="pointer-events-none absolute top-1/2 left-4 size-5 -translate-y-1/2 text-ink-500" />
              <input
                id="search-q"
                name="q"
                type="search"
                placeholder={messages.queryPlaceholder}
                autoComplete="off"
                className="field pl-12"
              />
            </div>
          </div>
          <div>
            <label htmlFor="search-category" className="mb-1.5 block text-sm font-medium text-ink-300">
              {messages.categoryLabel}
            </label>
            <select id="search-category" name="category" defaultValue="" className="field appearance-auto">
              <option value="">{messages.allCategories}</option>
              <OptionList groups={categories} />
            </select>
          </div>
          <div className="flex items-end sm:col-span-2 lg:col-span-1">
            <button
              type="submit"
              className="btn btn-on-dark btn-lg w-full focus-visible:outline-ochre-300 lg:w-auto"
            >
              <SearchIcon className="size-5" />
              {messages.submit}
            </button>
          </div>
        </form>
      </div>
    </section>
  )
}
