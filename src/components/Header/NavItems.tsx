import type { Messages } from '@/i18n'
import type { NavItem } from '@/navigation'

import { LogoutButton } from '../LogoutButton'
import { NavLink } from './NavLink'

type NavItemsProps = {
  items: NavItem[]
  labels: Messages['nav']
  layout: 'bar' | 'panel'
}

const styles = {
  bar: {
    list: 'flex items-center gap-1',
    link: 'rounded-full px-3.5 py-2 text-sm font-medium text-ink-700 transition-colors hover:bg-sand-100 hover:text-ink-950',
    active: 'bg-sand-100 text-ink-950',
    primary: 'btn btn-primary ml-1',
  },
  panel: {
    list: 'flex flex-col gap-1',
    link: 'block w-full rounded-xl px-4 py-3 text-left text-base font-medium text-ink-800 transition-colors hover:bg-sand-100',
    active: 'bg-sand-100 text-ink-950',
    primary: 'btn btn-primary btn-lg mt-2 w-full',
  },
}

/** The entries of `navigationFor(user)`, as a horizontal bar (desktop) or a stacked panel (phone menu). */
export function NavItems({ items, labels, layout }: NavItemsProps) {
  const style = styles[layout]
  // In the phone panel the call to action closes the list, where the thumb is.
  const ordered = layout === 'panel' ? [...items.filter((i) => i.kind !== 'primary'), ...items.filter((i) => i.kind === 'primary')] : items

  return (
    <ul className={style.list}>
      {ordered.map((item) => (
        <li key={item.key}>
          {item.kind === 'logout' ? (
            <LogoutButton label={labels.logout} pendingLabel={labels.loggingOut} className={`${style.link} cursor-pointer`} />
          ) : (
            <NavLink
              href={item.href}
              className={item.kind === 'primary' ? style.primary : style.link}
              activeClassName={item.kind === 'primary' ? '' : style.active}
            >
              {labels[item.key]}
            </NavLink>
          )}
        </li>
      ))}
    </ul>
  )
}
