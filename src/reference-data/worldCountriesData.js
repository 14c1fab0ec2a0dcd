// Plain JavaScript on purpose: TypeScript would infer a type for this 1.4 MB JSON on
// every type check (≈ 7 s). The type lives in worldCountriesData.d.ts. The package's
// own ESM entry re-exports the JSON without an import attribute, which plain Node refuses.
import countries from 'world-countries/countries.json' with { type: 'json' }

export default countries
