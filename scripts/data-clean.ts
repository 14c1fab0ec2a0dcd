// `npm run data:clean [-- --yes]`: removes all user-generated data (profiles, uploads and their
// files, productions, projects, assignments, attendance, contracts, messages, outbox, logs, jobs)
// and keeps admin accounts, reference data, site configuration and migrations (src/maintenance/cleanData.ts).
// Asks to type SUPPRIMER unless --yes is given.
import 'dotenv/config'
import { createInterface } from 'node:readline/promises'
import { createLocalReq, getPayload } from 'payload'

import { flushLogs, logSecurity } from '../src/logs'
import { cleanData, previewClean } from '../src/maintenance/cleanData'
import { CLEAN_CONFIRMATION } from '../src/maintenance/messages'

const { default: config } = await import('../payload.config')
const payload = await getPayload({ config })
const preview = await previewClean(payload)
console.log(`Base : ${new URL(process.env.DATABASE_URL || 'postgres://local/embedded').pathname.slice(1) || 'embarquée'}`)
console.log(`Seront supprimés : ${preview.users} compte(s) non administrateur ; ${preview.admins} administrateur(s) conservé(s).`)
console.table(preview.collections)

if (!process.argv.includes('--yes')) {
  const prompt = createInterface({ input: process.stdin, output: process.stdout })
  const answer = await prompt.question(`Tapez ${CLEAN_CONFIRMATION} pour tout supprimer (autre chose pour annuler) : `)
  prompt.close()
  if (answer.trim() !== CLEAN_CONFIRMATION) {
    console.log('Annulé : rien n’a été supprimé.')
    await payload.destroy()
    process.exit(1)
  }
}

const report = await cleanData(payload)
const req = await createLocalReq({}, payload)
await logSecurity(req, { action: 'data.cleaned', severity: 'critical', actor: null, message: `Données utilisateur supprimées par la commande data:clean (${report.removedUsers} comptes, ${report.files} fichiers)`, metadata: report })
await flushLogs()
console.log(`Terminé en ${report.ms} ms : ${report.removedUsers} compte(s), ${report.files} fichier(s) (${report.fileBytes} octets) supprimés.`)
console.table(report.removedRows)
await payload.destroy()
process.exit(0)
