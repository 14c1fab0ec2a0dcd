import { hasRole, isAdminUser } from '@/access/roles'

/**
 * Who may export talent data. Exports are staff data (SPEC §8) but not every staff role's:
 * admins manage everything and SEO managers are "read-only elsewhere" (SPEC §1), so both may
 * export lists; the attendance staff (`presence`) only work with the attendance of their own
 * projects and export that (src/presence/attendanceExport.ts), not the talent base.
 */
export function canExportTalents(user: { roles?: readonly (string | null)[] | null } | null | undefined): boolean {
  return hasRole(user, 'admin', 'seo')
}

/**
 * Contact and identity data (phone, WhatsApp, address, ID number, emergency contact, rates)
 * go into an export for admins only. Field access lets every staff role read them on screen;
 * a file leaves the platform, so the export is stricter.
 */
export function exportIncludesPrivateFields(user: { roles?: readonly (string | null)[] | null } | null | undefined): boolean {
  return isAdminUser(user)
}
