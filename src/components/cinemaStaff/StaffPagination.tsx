import { staffPageHref } from '@/cinema/staffSearch/staffListView'
import type { StaffSearchFilters } from '@/cinema/staffSearch/staffSearchFilters'
import { Pagination } from '@/components/Pagination'
import type { CinemaStaffMessages } from '@/i18n/messages/cinemaStaff'

/** Page links of the staff list that keep every filter and the sort. */
export function StaffPagination({ filters, totalPages, messages }: { filters: StaffSearchFilters; totalPages: number; messages: CinemaStaffMessages['pagination'] }) {
  return <Pagination current={filters.page} totalPages={totalPages} hrefFor={(page) => staffPageHref(filters, { page })} messages={messages} />
}
