// `npm run dev`: a .env with generated development secrets, a database, then `next dev`.
import { ensureDevelopmentEnv } from '../src/env/ensureDevelopmentEnv'

ensureDevelopmentEnv('.env')
const { runWithDatabase } = await import('./runWithDatabase')
await runWithDatabase('npx', ['next', 'dev', ...process.argv.slice(2)])
