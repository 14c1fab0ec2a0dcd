import { Pagination } from '@/components/Pagination'
import type { TalentMessages } from '@/i18n/messages/talents'
import { directoryHref, type DirectoryFilters } from '@/talents/directoryFilters'

/** Page links of the public directory that keep every filter of the current search. */
export function DirectoryPagination({
  filters,
  totalPages,
  messages,
}: {
  filters: DirectoryFilters
  totalPages: number
  messages: TalentMessages['directory']['pagination']
}) {
  return <Pagination current={filters.page} totalPages={totalPages} hrefFor={(page) => directoryHref(filters, { page })} messages={messages} />
}
