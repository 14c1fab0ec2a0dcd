/** Latency summaries of the benchmark, in milliseconds. */
export type Summary = { n: number; p50: number; p95: number; p99: number; mean: number; max: number }

const round = (value: number) => Math.round(value * 100) / 100

export function summarize(samples: number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b)
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN
  const mean = sorted.reduce((sum, value) => sum + value, 0) / (sorted.length || 1)
  return { n: sorted.length, p50: round(at(0.5)), p95: round(at(0.95)), p99: round(at(0.99)), mean: round(mean), max: round(sorted[sorted.length - 1] ?? NaN) }
}

/** Runs `once` sequentially `count` times (after `warmup` unmeasured runs) and summarizes the durations. */
export async function measure(count: number, once: (i: number) => Promise<void>, warmup = 5): Promise<Summary> {
  for (let i = 0; i < warmup; i++) await once(i)
  const samples: number[] = []
  for (let i = 0; i < count; i++) {
    const started = performance.now()
    await once(i)
    samples.push(performance.now() - started)
  }
  return summarize(samples)
}

/** A plain text table: the first row is the header. */
export function textTable(rows: (string | number)[][]): string {
  const cells = rows.map((row) => row.map((cell) => String(cell)))
  const widths = cells[0].map((_, column) => Math.max(...cells.map((row) => (row[column] ?? '').length)))
  const line = (row: string[]) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ')
  return [line(cells[0]), widths.map((width) => '-'.repeat(width)).join('  '), ...cells.slice(1).map(line)].join('\n')
}

/** A Markdown table: the first row is the header. */
export function markdownTable(rows: (string | number)[][]): string {
  const cells = rows.map((row) => row.map((cell) => String(cell).replace(/\|/g, '\\|')))
  return [`| ${cells[0].join(' | ')} |`, `|${cells[0].map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`, ...cells.slice(1).map((row) => `| ${row.join(' | ')} |`)].join('\n')
}
