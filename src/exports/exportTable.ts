import type { Writable } from 'node:stream'

import ExcelJS from 'exceljs'

/**
 * A table of profiles written as XLSX or CSV, page by page: each page of documents is turned
 * into rows and written before the next page is read, so memory holds one page whatever the
 * number of rows.
 */

export type ExportCell = string | number | Date | null

export type ExportColumn<T> = {
  key: string
  header: string
  /** Excel column width (characters). */
  width: number
  value: (doc: T) => ExportCell
  /** Excel number format, e.g. 'dd/mm/yyyy' for dates. */
  numFmt?: string
}

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFB4461F' } }
const HEADER_FONT: Partial<ExcelJS.Font> = { bold: true, color: { argb: 'FFFFFFFF' } }

/** Writes the sheet; resolves with the number of data rows once the workbook is complete. */
export async function writeXlsx<T>(
  output: Writable,
  { title, sheetName, columns, pages }: { title: string; sheetName: string; columns: ExportColumn<T>[]; pages: AsyncIterable<T[]> },
): Promise<number> {
  // No shared strings: that table would grow with every distinct text of the export.
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false })
  workbook.creator = 'Taalentio'
  workbook.title = title
  workbook.created = new Date()
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] })
  sheet.columns = columns.map((column) => ({ header: column.header, key: column.key, width: column.width, style: column.numFmt ? { numFmt: column.numFmt } : {} }))
  const header = sheet.getRow(1)
  header.font = HEADER_FONT
  header.fill = HEADER_FILL
  header.commit()
  let count = 0
  for await (const page of pages) {
    for (const doc of page) {
      sheet.addRow(Object.fromEntries(columns.map((column) => [column.key, column.value(doc)]))).commit()
      count += 1
    }
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } }
  sheet.commit()
  await workbook.commit()
  return count
}

const pad = (value: number) => String(value).padStart(2, '0')

/** A CSV field (RFC 4180): quoted when it holds the separator, a quote or a line break. Dates as YYYY-MM-DD. */
export function csvField(value: ExportCell): string {
  if (value === null || value === undefined) return ''
  const text =
    value instanceof Date ? `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}` : String(value)
  // A text starting like a formula (=, @, +/- not followed by a number) would run in Excel
  // (CSV injection): prefix an apostrophe. Phone numbers such as +225 07… stay as typed.
  const safe = typeof value === 'string' && /^(?:[=@\t\r]|[+-](?![\d\s]))/.test(text) ? `'${text}` : text
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/** UTF-8 with a byte-order mark so that Excel reads accents right; comma separated, CRLF lines. */
export async function writeCsv<T>(output: Writable, { columns, pages }: { columns: ExportColumn<T>[]; pages: AsyncIterable<T[]> }): Promise<number> {
  const write = (chunk: string) =>
    new Promise<void>((resolve, reject) => {
      // Wait for 'drain' when the reader is slower: the response's back-pressure bounds memory.
      if (output.write(chunk, (error) => (error ? reject(error) : undefined))) resolve()
      else output.once('drain', resolve)
    })
  await write(`\uFEFF${columns.map((column) => csvField(column.header)).join(',')}\r\n`)
  let count = 0
  for await (const page of pages) {
    const lines = page.map((doc) => `${columns.map((column) => csvField(column.value(doc))).join(',')}\r\n`)
    count += page.length
    await write(lines.join(''))
  }
  await new Promise<void>((resolve) => output.end(resolve))
  return count
}
