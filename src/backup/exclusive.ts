/**
 * Backups, restores, clean-ups and the demo seed each read or rewrite whole tables: in this
 * server process only one of them runs at a time (a second request is told to wait).
 */
let running: string | null = null

export class OperationBusy extends Error {
  constructor(readonly running: string) {
    super(`Opération déjà en cours : ${running}`)
    this.name = 'OperationBusy'
  }
}

export async function runExclusive<T>(name: string, work: () => Promise<T>): Promise<T> {
  if (running) throw new OperationBusy(running)
  running = name
  try {
    return await work()
  } finally {
    running = null
  }
}
