// `npm start`: the production server (after `npm run build`) on DATABASE_URL.
import { runWithDatabase } from './runWithDatabase'

if (!process.env.DATABASE_URL) {
  console.warn('[taalentio] DATABASE_URL absent : PostgreSQL embarqué (.data/). En production, définissez DATABASE_URL.')
}
await runWithDatabase('npx', ['next', 'start', ...process.argv.slice(2)])
