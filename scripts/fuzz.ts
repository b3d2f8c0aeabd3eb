/**
 * `npm run fuzz -- --cases N [--seed S] [--target T]…`: feeds random and mutated programs, models.py
 * files, migration files, shell scripts, scenario files and share links to the engine in-process and
 * prints every case that ended in a JavaScript exception or an internal error; exits 1 when there is one.
 */
import { loadSqlJs } from '../test/scenarios/replay'
import { runFuzz, TARGETS, type Target } from '../test/fuzz/fuzz-run'

function parseArgs(argv: readonly string[]): { cases: number; seed: number; targets: Target[] } {
  let cases = 1000
  let seed = Date.now() >>> 0
  const targets: Target[] = []
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    const value = argv[++i]
    if (value === undefined) throw new Error(`${arg} needs a value`)
    if (arg === '--cases') cases = Number(value)
    else if (arg === '--seed') seed = Number(value) >>> 0
    else if (arg === '--target' && (TARGETS as readonly string[]).includes(value))
      targets.push(value as Target)
    else
      throw new Error(`unknown argument ${arg} ${value} (--cases N, --seed S, --target ${TARGETS.join('|')})`)
  }
  if (!Number.isInteger(cases) || cases < 1)
    throw new Error(`--cases must be a positive integer, not ${cases}`)
  return { cases, seed, targets }
}

const { cases, seed, targets } = parseArgs(process.argv.slice(2))
const started = performance.now()
const report = await runFuzz({
  SQL: await loadSqlJs(),
  cases,
  seed,
  ...(targets.length > 0 ? { targets } : {}),
  onCase: (index) => {
    if ((index + 1) % 100 === 0) process.stderr.write(`${index + 1}/${cases} cases\n`)
  },
})
for (const finding of report.findings) {
  process.stdout.write(
    `--- case ${finding.index} (${finding.target}) ---\n${finding.problem}\n--- input ---\n${finding.input}\n\n`,
  )
}
const seconds = ((performance.now() - started) / 1000).toFixed(1)
const perTarget = Object.entries(report.cases)
  .map(([target, n]) => `${target} ${n}`)
  .join(', ')
process.stdout.write(
  `seed ${seed}: ${cases} cases (${perTarget}) in ${seconds} s, slowest ${report.slowestMs.toFixed(0)} ms, ${report.findings.length} findings\n`,
)
process.exitCode = report.findings.length > 0 ? 1 : 0
