// `npm run seed:demo`: fills this instance with the fictitious demo (src/demo). Never run by
// default; running it again adds nothing (every record is looked up first).
import 'dotenv/config'
import { createLocalReq, getPayload } from 'payload'

import { seedDemo } from '../src/demo/seedDemo'
import { flushLogs, logActivity } from '../src/logs'

const { default: config } = await import('../payload.config')
const payload = await getPayload({ config })
const report = await seedDemo(payload)
const req = await createLocalReq({}, payload)
await logActivity(req, { action: 'demo.seeded', actor: null, message: report.created ? 'Données de démonstration créées (commande)' : 'Données de démonstration déjà présentes (commande)', metadata: report })
await flushLogs()
console.log(report.created ? `Démo créée : ${report.createdRecords} enregistrements en ${report.ms} ms.` : 'Démo déjà complète : rien ajouté.')
console.table(report.counts)
await payload.destroy()
process.exit(0)
