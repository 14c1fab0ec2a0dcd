/**
 * The benchmark's table (terminal and README) from a results object. `npx tsx bench/report.ts`
 * rewrites the README's table from bench/results.json (`npm run bench -- --readme` does it after a run).
 */
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { markdownTable, type Summary } from './stats'

type Results = Record<string, unknown>

export function rows(results: Results): (string | number)[][] {
  const search = (results.search ?? {}) as Record<
    string,
    { label: string; api: Summary; floor: Summary; rest: Summary; apiOverFloor: number; restOverApi: number; totals: Record<string, number> }
  >
  const out: (string | number)[][] = [['measure', 'p50 ms', 'p95 ms', 'p99 ms', 'notes']]
  for (const value of Object.values(search)) {
    out.push([`search: ${value.label} — API v1`, value.api.p50, value.api.p95, value.api.p99, `${value.totals.api} matches; ${value.apiOverFloor}× floor`])
    out.push([`search: ${value.label} — SQL floor (pg)`, value.floor.p50, value.floor.p95, value.floor.p99, ''])
    out.push([`search: ${value.label} — Payload REST`, value.rest.p50, value.rest.p95, value.rest.p99, `${value.restOverApi}× API v1`])
  }
  const profile = results.profile as { byCode: Record<string, Summary>; publicPages: Record<string, { ttfb: Summary; complete: Summary }> } | undefined
  if (profile) {
    out.push(['profile by code — API v1 (cinema)', profile.byCode.cinema.p50, profile.byCode.cinema.p95, profile.byCode.cinema.p99, ''])
    out.push(['profile by code — API v1 (talent)', profile.byCode.talent.p50, profile.byCode.talent.p95, profile.byCode.talent.p99, ''])
    out.push([
      'public page /talents/{code} — TTFB',
      profile.publicPages.talent.ttfb.p50,
      profile.publicPages.talent.ttfb.p95,
      profile.publicPages.talent.ttfb.p99,
      `complete p50 ${profile.publicPages.talent.complete.p50} ms`,
    ])
    out.push([
      'public page /cinema/profile/{code} — TTFB',
      profile.publicPages.cinema.ttfb.p50,
      profile.publicPages.cinema.ttfb.p95,
      profile.publicPages.cinema.ttfb.p99,
      `complete p50 ${profile.publicPages.cinema.complete.p50} ms`,
    ])
  }
  const presence = results.presence as Record<string, Summary> | undefined
  if (presence) {
    out.push(['presence check-in', presence.checkIn.p50, presence.checkIn.p95, presence.checkIn.p99, ''])
    out.push(['presence check-out', presence.checkOut.p50, presence.checkOut.p95, presence.checkOut.p99, `round trip p50 ${presence.roundTrip.p50} ms`])
  }
  const registrations = results.registrations as { errors: number; distinctCodes: number; wallSeconds: number; perSecond: number; latency: Summary } | undefined
  if (registrations)
    out.push([
      '50 concurrent registrations',
      registrations.latency.p50,
      registrations.latency.p95,
      registrations.latency.p99,
      `${registrations.errors} errors, ${registrations.distinctCodes} distinct codes, ${registrations.wallSeconds} s, ${registrations.perSecond}/s`,
    ])
  const exports = results.exports as { rows: number; csv: Record<string, number>; xlsx: Record<string, number> } | undefined
  for (const kind of exports ? (['csv', 'xlsx'] as const) : []) {
    if (!exports) break
    const e = exports[kind]
    out.push([
      `export ${kind.toUpperCase()} of ${exports.rows} rows`,
      '',
      '',
      '',
      `${e.seconds} s, ${e.megabytes} MB, server RSS +${e.rssGrowthMb} MB (peak ${e.rssPeakMb} MB)`,
    ])
  }
  const badges = results.badges as Record<string, number> & { error?: string } | undefined
  if (badges)
    out.push([`badges PDF, ${badges.people} people`, '', '', '', badges.error ? `failed after ${badges.seconds} s: ${badges.error}` : `${badges.seconds} s, ${badges.megabytes} MB, server RSS +${badges.rssGrowthMb} MB`])
  return out
}

export function writeReadme(root: string, results: Results): string {
  const file = path.join(root, 'README.md')
  const readme = readFileSync(file, 'utf8')
  const start = '<!-- bench:start -->'
  const end = '<!-- bench:end -->'
  if (!readme.includes(start) || !readme.includes(end)) return 'README : marqueurs bench absents, tableau non écrit'
  const machine = results.machine as Results
  const load = results.load as { seconds: number | null }
  const text = [
    start,
    `Last run: ${String(results.date).slice(0, 16).replace('T', ' ')} UTC, N = ${results.size} cinema talents + ${results.size} talents, ${results.requestsPerQuery} requests per search query; ` +
      `${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGb} GB, Node ${machine.node}, PostgreSQL ${machine.postgres}; load average ${(machine.loadBefore as number[]).join(' ')} before, ${(machine.loadAfter as number[]).join(' ')} after` +
      (load.seconds ? `; data loaded in ${load.seconds} s.` : '.'),
    '',
    markdownTable(rows(results)),
    end,
  ].join('\n')
  writeFileSync(file, readme.slice(0, readme.indexOf(start)) + text + readme.slice(readme.indexOf(end) + end.length))
  return 'README : tableau Performance mis à jour'
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
  console.log(writeReadme(root, JSON.parse(readFileSync(path.join(root, 'bench/results.json'), 'utf8'))))
}
