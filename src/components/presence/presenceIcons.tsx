import type { SVGProps } from 'react'

import { Icon } from '../icons'

type P = SVGProps<SVGSVGElement>

export const CameraIcon = (props: P) => (
  <Icon {...props}>
    <path d="M4 8.5A1.5 1.5 0 0 1 5.5 7h2l1.5-2h6l1.5 2h2A1.5 1.5 0 0 1 20 8.5v9a1.5 1.5 0 0 1-1.5 1.5h-13A1.5 1.5 0 0 1 4 17.5z" />
    <circle cx="12" cy="13" r="3.5" />
  </Icon>
)

export const ScanIcon = (props: P) => (
  <Icon {...props}>
    <path d="M4 8V5.5A1.5 1.5 0 0 1 5.5 4H8M16 4h2.5A1.5 1.5 0 0 1 20 5.5V8M20 16v2.5a1.5 1.5 0 0 1-1.5 1.5H16M8 20H5.5A1.5 1.5 0 0 1 4 18.5V16" />
    <path d="M4 12h16" />
  </Icon>
)

export const UsersIcon = (props: P) => (
  <Icon {...props}>
    <circle cx="9" cy="8" r="3" />
    <path d="M3.5 19c.6-3 2.8-4.7 5.5-4.7s4.9 1.7 5.5 4.7" />
    <path d="M15.5 5.3a3 3 0 0 1 0 5.4M17.5 14.6c1.6.6 2.7 2 3 4.4" />
  </Icon>
)

export const ClockIcon = (props: P) => (
  <Icon {...props}>
    <circle cx="12" cy="12" r="8" />
    <path d="M12 7.5V12l3 2" />
  </Icon>
)

export const CloudOffIcon = (props: P) => (
  <Icon {...props}>
    <path d="M3 3l18 18" />
    <path d="M8.5 6.2A5.5 5.5 0 0 1 17 9.5a4 4 0 0 1 3 6.5M16 18H7a4 4 0 0 1-1.3-7.8" />
  </Icon>
)

export const SyncIcon = (props: P) => (
  <Icon {...props}>
    <path d="M19 8a7.5 7.5 0 0 0-13.2-1.5L4 8.5M5 16a7.5 7.5 0 0 0 13.2 1.5l1.8-2" />
    <path d="M4 4v4.5h4.5M20 20v-4.5h-4.5" />
  </Icon>
)

export const LogInIcon = (props: P) => (
  <Icon {...props}>
    <path d="M10 17l5-5-5-5M15 12H3" />
    <path d="M14 4h4.5A1.5 1.5 0 0 1 20 5.5v13a1.5 1.5 0 0 1-1.5 1.5H14" />
  </Icon>
)

export const LogOutIcon = (props: P) => (
  <Icon {...props}>
    <path d="M15 17l5-5-5-5M20 12H8" />
    <path d="M10 4H5.5A1.5 1.5 0 0 0 4 5.5v13A1.5 1.5 0 0 0 5.5 20H10" />
  </Icon>
)

export const KeyboardIcon = (props: P) => (
  <Icon {...props}>
    <rect x="3" y="6" width="18" height="12" rx="2" />
    <path d="M7 10h.01M11 10h.01M15 10h.01M7 14h10" />
  </Icon>
)
