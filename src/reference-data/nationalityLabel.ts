/** What pickers show for a nationality: flag and feminine French form, e.g. "🇨🇮 Ivoirienne". */
export function nationalityLabel(flag: string | null | undefined, nameFr: string): string {
  return `${flag ?? ''} ${nameFr}`.trim()
}
