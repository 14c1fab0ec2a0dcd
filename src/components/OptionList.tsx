type Option = { value: string | number; label: string }

/** A select's options: flat ones first, then each group as an <optgroup>. */
export function OptionList({ options, groups }: { options?: readonly Option[]; groups?: readonly { label: string; options: readonly Option[] }[] }) {
  return (
    <>
      {options?.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
      {groups?.map((group) => (
        <optgroup key={group.label} label={group.label}>
          {group.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </optgroup>
      ))}
    </>
  )
}
