// Usage: tsx scripts/with-db.ts <command> [args…] — e.g. `npm run migrate:create -- name`.
import { runWithDatabase } from './runWithDatabase'

const [command, ...args] = process.argv.slice(2)
if (!command) {
  console.error('Usage: tsx scripts/with-db.ts <command> [args…]')
  process.exit(2)
}
await runWithDatabase('npx', [command, ...args])
