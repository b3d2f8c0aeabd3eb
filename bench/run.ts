/**
 * The benchmark driver behind `npm run bench`.
 *
 * Every bench/<name>.ts file other than run.ts and suite.ts is a suite: it exports `suite: BenchSuite`
 * (see suite.ts), whose rows compare our time with a reference implementation's (python3, Django).
 * The driver imports each suite, runs it and prints one table per suite with both times and the ratio
 * ours/reference. A suite that fails to load or run is reported and the others still run.
 *
 * Usage: npm run bench [-- <suite name>...]    e.g. `npm run bench -- python`
 */
import { readdirSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { dirname, join } from 'node:path'
import type { BenchRow, BenchSuite } from './suite'

const benchDir = dirname(fileURLToPath(import.meta.url))
const wanted = process.argv.slice(2)
const files = readdirSync(benchDir)
  .filter((file) => file.endsWith('.ts') && file !== 'run.ts' && file !== 'suite.ts')
  .sort()

let failures = 0
for (const file of files) {
  const name = file.replace(/\.ts$/, '')
  if (wanted.length > 0 && !wanted.includes(name)) continue
  try {
    const module = (await import(pathToFileURL(join(benchDir, file)).href)) as { suite?: BenchSuite }
    if (module.suite === undefined) throw new Error(`bench/${file} does not export a suite`)
    const suite = module.suite
    console.log(`\n## ${suite.name}: ${suite.description}\n`)
    console.log(formatTable(suite.reference, await suite.run()))
  } catch (error) {
    failures++
    console.log(
      `\n## ${name}: failed\n\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    )
  }
}
process.exitCode = failures === 0 ? 0 : 1

/** Formats rows as an aligned text table: case, ours, reference, ratio, note. */
function formatTable(reference: string, rows: readonly BenchRow[]): string {
  const ms = (value: number | null): string => (value === null ? '—' : `${value.toFixed(1)} ms`)
  const ratio = (row: BenchRow): string =>
    row.oursMs === null || row.referenceMs === null || row.referenceMs <= 0
      ? '—'
      : `${(row.oursMs / row.referenceMs).toFixed(2)}x`
  const table = [
    ['case', 'ours', reference, 'ours/' + reference, 'note'],
    ...rows.map((row) => [row.name, ms(row.oursMs), ms(row.referenceMs), ratio(row), row.note ?? '']),
  ]
  const widths = table[0]!.map((_, column) => Math.max(...table.map((line) => line[column]!.length)))
  const line = (cells: string[]): string =>
    cells
      .map((cell, column) =>
        column === 0 || column === 4 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!),
      )
      .join('  ')
      .trimEnd()
  return [
    line(table[0]!),
    widths.map((width) => '-'.repeat(width)).join('  '),
    ...table.slice(1).map(line),
  ].join('\n')
}
