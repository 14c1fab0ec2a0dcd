import { EyeOffIcon } from '../TalentIcons'

/** Marks a part the owner or staff see but visitors do not. */
export function HiddenFromPublic({ label }: { label: string }) {
  return (
    <span className="inline-flex items-center gap-1 rounded-full bg-sand-100 px-2 py-0.5 text-[0.6875rem] font-semibold tracking-normal text-ink-600 normal-case ring-1 ring-ink-900/10 ring-inset">
      <EyeOffIcon className="size-3.5" />
      {label}
    </span>
  )
}
