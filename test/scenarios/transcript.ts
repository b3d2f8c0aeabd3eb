/**
 * The transcript of a scenario as ../shared/oracle/scenario.py records it (one record per `@@ run`), and
 * its field-by-field comparison with a readable line diff.
 */

/** The database after a run: sqlite_master rows, django_migrations (app, name) rows and every table's cells. */
export interface DatabaseSnapshot {
  readonly schema: readonly (readonly (string | null)[])[]
  readonly applied: readonly (readonly string[])[]
  readonly data: Readonly<Record<string, readonly (readonly string[])[]>>
}

/** What one command run showed: exit status, output, files changed or deleted, and the database. */
export interface RunRecord {
  readonly run: string
  readonly rc: number | 'timeout'
  readonly stdout: string
  readonly stderr: string
  readonly files: Readonly<Record<string, string>>
  readonly deleted: readonly string[]
  readonly db: DatabaseSnapshot | null
}

/** A whole scenario's transcript, in run order. */
export type Transcript = readonly RunRecord[]

/** One field of one run where two transcripts differ, with a unified-style diff (expected → actual). */
export interface RunDifference {
  readonly index: number
  readonly run: string
  readonly field: keyof RunRecord | 'length'
  readonly diff: string
}

const FIELDS = ['rc', 'stdout', 'stderr', 'files', 'deleted', 'db'] as const

/** JSON with object keys sorted, so that key order never counts as a difference. */
function canonicalJson(value: unknown): string {
  const sortKeys = (item: unknown): unknown => {
    if (Array.isArray(item)) return item.map(sortKeys)
    if (item !== null && typeof item === 'object') {
      const record = item as Record<string, unknown>
      return Object.fromEntries(
        Object.keys(record)
          .sort()
          .map((key) => [key, sortKeys(record[key])]),
      )
    }
    return item
  }
  return JSON.stringify(sortKeys(value), null, 1)
}

/** A line diff of two texts: lines only in `expected` start with '-', only in `actual` with '+', shared with ' '. */
export function lineDiff(expected: string, actual: string): string {
  const a = expected.split('\n')
  const b = actual.split('\n')
  const lengths: number[][] = Array.from({ length: a.length + 1 }, () =>
    new Array<number>(b.length + 1).fill(0),
  )
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i]![j] =
        a[i] === b[j] ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!)
    }
  }
  const out: string[] = []
  let i = 0
  let j = 0
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      out.push(` ${a[i]}`)
      i++
      j++
    } else if (i < a.length && (j >= b.length || lengths[i + 1]![j]! >= lengths[i]![j + 1]!)) {
      out.push(`-${a[i]}`)
      i++
    } else {
      out.push(`+${b[j]}`)
      j++
    }
  }
  return out.join('\n')
}

/**
 * Every (run, field) where `actual` differs from `expected` (Django's golden), as the oracle compares them;
 * each run one side lacks is a 'length' difference, explained by `missingReason` when given.
 */
export function compareTranscripts(
  expected: Transcript,
  actual: Transcript,
  missingReason = '',
): RunDifference[] {
  const differences: RunDifference[] = []
  const count = Math.min(expected.length, actual.length)
  for (let index = 0; index < count; index++) {
    const x = expected[index]!
    const y = actual[index]!
    for (const field of FIELDS) {
      const left = x[field]
      const right = y[field]
      if (typeof left === 'string' && typeof right === 'string') {
        if (left !== right) differences.push({ index, run: x.run, field, diff: lineDiff(left, right) })
        continue
      }
      const leftJson = canonicalJson(left)
      const rightJson = canonicalJson(right)
      if (leftJson !== rightJson)
        differences.push({ index, run: x.run, field, diff: lineDiff(leftJson, rightJson) })
    }
  }
  for (let index = count; index < Math.max(expected.length, actual.length); index++) {
    const run = expected[index]?.run ?? actual[index]?.run ?? '-'
    const side = index < expected.length ? 'the playground' : 'Django'
    differences.push({
      index,
      run,
      field: 'length',
      diff: `no such run in ${side}'s transcript${missingReason}`,
    })
  }
  return differences
}

/** The differences as one report: each differing field of each run with its whole diff (- Django, + playground). */
export function formatDifferences(differences: readonly RunDifference[]): string {
  return differences
    .map((d) => `run ${d.index + 1} '${d.run}', ${d.field} (- Django, + playground):\n${d.diff}`)
    .join('\n\n')
}

/** How many of Django's `total` runs have no difference at all (counted as the oracle counts them). */
export function identicalRuns(differences: readonly RunDifference[], total: number): number {
  return total - new Set(differences.map((d) => d.index)).size
}
