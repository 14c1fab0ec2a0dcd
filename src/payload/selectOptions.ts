type Option = { readonly value: string; readonly label: { readonly fr: string; readonly en: string } }

/** Payload select options (mutable copies, as Payload's types want) from one of our `as const` option lists. */
export const selectOptions = (options: readonly Option[]) => options.map(({ value, label }) => ({ value, label: { ...label } }))
