import { default as default_36b29d1c4df83aa951aa6a39b683d07c } from '../../../src/components/admin/AdminIcon'
import { default as default_f3fbabdce87bad5a8e97b0f255ae00c1 } from '../../../src/components/admin/AdminLogo'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/src/components/admin/AdminIcon#default": default_36b29d1c4df83aa951aa6a39b683d07c,
  "/src/components/admin/AdminLogo#default": default_f3fbabdce87bad5a8e97b0f255ae00c1,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
