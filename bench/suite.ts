/** One measured case of a benchmark suite: our time next to the reference implementation's. */
export interface BenchRow {
  /** What was measured, e.g. `function calls (500 000)`. */
  readonly name: string
  /** Our wall-clock time in milliseconds; null when our run failed. */
  readonly oursMs: number | null
  /** The reference implementation's time in milliseconds; null when it was not measured. */
  readonly referenceMs: number | null
  /** Anything worth knowing about the row (an error, an output mismatch). */
  readonly note?: string
}

/**
 * A benchmark suite run by bench/run.ts. Each bench/<name>.ts file (except run.ts and suite.ts) exports
 * one as `suite`.
 */
export interface BenchSuite {
  /** Short name used to select the suite: `npm run bench -- <name>`. */
  readonly name: string
  /** One line saying what is measured against what. */
  readonly description: string
  /** Name of the reference column, e.g. `python3` or `Django 5.2`. */
  readonly reference: string
  /** Runs every case and returns the rows; may print progress to stderr. */
  run(): Promise<BenchRow[]>
}
