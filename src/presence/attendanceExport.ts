import type { Writable } from 'node:stream'

import ExcelJS from 'exceljs'
import type { PayloadRequest } from 'payload'

import { format } from '@/i18n'
import type { Locale } from '@/i18n/locales'
import { getPresenceMessages } from '@/i18n/messages/presence'
import { asWallClockDate, presenceTimeZone } from './days'
import { DailyTotals, historyPages, type HistoryQuery } from './attendanceViews'
import type { PresenceProjectRef } from './presenceAccess'

/**
 * The Excel export of a project's attendance over a date range (SPEC §6): a sheet of
 * attendances (arrival, departure, duration) and a sheet of daily totals per talent, each
 * ending with a totals row. Written with exceljs's streaming writer, page by page, so a long
 * shoot never sits in memory. Times are real Excel dates showing the set's local time.
 */

const DATE = 'dd/mm/yyyy'
const DATE_TIME = 'dd/mm/yyyy hh:mm'
const HOURS = '[h]:mm'
const MINUTES_PER_DAY = 1440
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F2A44' } }
const HEADER_FONT: Partial<ExcelJS.Font> = { bold: true, color: { argb: 'FFFFFFFF' } }

export function attendanceExportFileName(project: PresenceProjectRef, query: HistoryQuery): string {
  const safe = (value: string) => value.replace(/[^A-Za-z0-9_-]/g, '') || 'projet'
  return `presence-${safe(project.code)}-${query.from}-${query.to}.xlsx`
}

/** A day `YYYY-MM-DD` as an Excel date (midnight, no time zone). */
const excelDay = (day: string) => new Date(`${day}T00:00:00.000Z`)

function styleHeader(row: ExcelJS.Row) {
  row.font = HEADER_FONT
  row.fill = HEADER_FILL
  row.alignment = { vertical: 'middle' }
  row.height = 20
}

function styleTotals(row: ExcelJS.Row) {
  row.font = { bold: true }
  row.border = { top: { style: 'thin' } }
}

export async function writeAttendanceWorkbook(
  req: PayloadRequest,
  project: PresenceProjectRef,
  query: HistoryQuery,
  locale: Locale,
  output: Writable,
): Promise<void> {
  const m = getPresenceMessages(locale).export
  const zone = presenceTimeZone()
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false })
  workbook.creator = 'Taalentio'
  workbook.title = format(m.title, { project: project.title, code: project.code, from: query.from, to: query.to })
  workbook.created = new Date()

  const rowsSheet = workbook.addWorksheet(m.rowsSheet, { views: [{ state: 'frozen', ySplit: 1 }] })
  rowsSheet.columns = [
    { header: m.date, key: 'date', width: 12, style: { numFmt: DATE } },
    { header: m.code, key: 'code', width: 14 },
    { header: m.talent, key: 'talent', width: 28 },
    { header: m.role, key: 'role', width: 24 },
    { header: m.arrival, key: 'arrival', width: 17, style: { numFmt: DATE_TIME } },
    { header: m.departure, key: 'departure', width: 22, style: { numFmt: DATE_TIME } },
    { header: m.duration, key: 'duration', width: 14, style: { numFmt: HOURS } },
    { header: m.minutes, key: 'minutes', width: 13 },
    { header: m.method, key: 'method', width: 16 },
    { header: m.forced, key: 'forced', width: 9 },
    { header: m.recordedBy, key: 'recordedBy', width: 24 },
    { header: m.notes, key: 'notes', width: 40 },
  ]
  styleHeader(rowsSheet.getRow(1))
  rowsSheet.getRow(1).commit()

  const totals = new DailyTotals()
  let count = 0
  for await (const page of historyPages(req, project, query)) {
    for (const row of page) {
      totals.add(row)
      count += 1
      rowsSheet
        .addRow({
          date: excelDay(row.date),
          code: row.talent.code,
          talent: row.talent.name,
          role: row.talent.role ?? '',
          arrival: asWallClockDate(new Date(row.checkInAt), zone),
          departure: row.checkOutAt ? asWallClockDate(new Date(row.checkOutAt), zone) : m.noDeparture,
          duration: row.durationMinutes === null ? null : row.durationMinutes / MINUTES_PER_DAY,
          minutes: row.durationMinutes,
          method: m.methods[row.method],
          forced: row.forced ? m.yes : m.no,
          recordedBy: row.recordedBy ?? '',
          notes: row.notes ?? '',
        })
        .commit()
    }
  }
  const lastRow = count + 1
  const rowTotal = rowsSheet.addRow({
    date: m.total,
    talent: `${count} — ${m.attendances.toLowerCase()}`,
    duration: { formula: `SUM(G2:G${lastRow})`, result: totals.totalMinutes / MINUTES_PER_DAY },
    minutes: { formula: `SUM(H2:H${lastRow})`, result: totals.totalMinutes },
  })
  styleTotals(rowTotal)
  rowTotal.commit()
  rowsSheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: 12 } }
  rowsSheet.commit()

  const totalsSheet = workbook.addWorksheet(m.totalsSheet, { views: [{ state: 'frozen', ySplit: 1 }] })
  totalsSheet.columns = [
    { header: m.date, key: 'date', width: 12, style: { numFmt: DATE } },
    { header: m.code, key: 'code', width: 14 },
    { header: m.talent, key: 'talent', width: 28 },
    { header: m.duration, key: 'duration', width: 14, style: { numFmt: HOURS } },
    { header: m.minutes, key: 'minutes', width: 13 },
  ]
  styleHeader(totalsSheet.getRow(1))
  totalsSheet.getRow(1).commit()
  const entries = totals.entries.sort((a, b) => a.talent.name.localeCompare(b.talent.name, 'fr') || a.talent.code.localeCompare(b.talent.code) || a.date.localeCompare(b.date))
  for (const entry of entries) {
    totalsSheet
      .addRow({ date: excelDay(entry.date), code: entry.talent.code, talent: entry.talent.name, duration: entry.minutes / MINUTES_PER_DAY, minutes: entry.minutes })
      .commit()
  }
  const lastTotal = entries.length + 1
  const grandTotal = totalsSheet.addRow({
    date: m.total,
    duration: { formula: `SUM(D2:D${lastTotal})`, result: totals.totalMinutes / MINUTES_PER_DAY },
    minutes: { formula: `SUM(E2:E${lastTotal})`, result: totals.totalMinutes },
  })
  styleTotals(grandTotal)
  grandTotal.commit()
  totalsSheet.commit()
  await workbook.commit()
}
