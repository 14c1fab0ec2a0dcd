import type { CollectionConfig } from 'payload'

import { Categories } from './Categories'
import { Cities } from './Cities'
import { Countries } from './Countries'
import { Languages } from './Languages'
import { Nationalities } from './Nationalities'
import { Skills } from './Skills'

/** The reference data collections (SPEC §3), in admin navigation order. */
export const referenceCollections: CollectionConfig[] = [
  Countries,
  Cities,
  Nationalities,
  Languages,
  Categories,
  Skills,
]
