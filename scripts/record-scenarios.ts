/**
 * Records Django 5.2's transcripts of the scenario corpus: for every test/scenarios/NNN_topic.txt runs
 * `python3 ../shared/oracle/scenario.py show --impl django FILE` (the oracle next to this checkout) twice
 * and writes the transcript JSON as is to test/scenarios/goldens/NNN_topic.json. A scenario whose two
 * transcripts differ is not deterministic: its golden is not written and the script exits 1.
 * Two scenarios are recorded at a time. Needs Django (the oracle's install-django.sh); the tests do not.
 *
 * Usage: npx tsx scripts/record-scenarios.ts [--once | --verify] [name...]
 *   name      a scenario by file name or prefix (`001`, `001_first_migration`, `001_first_migration.txt`)
 *   --once    record each scenario once, without the determinism check
 *   --verify  record each scenario once and compare with its committed golden, which counts as the first
 *             recording (a scenario without golden is recorded twice)
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const SCENARIOS_DIR = join(ROOT, 'test', 'scenarios')
const GOLDENS_DIR = join(SCENARIOS_DIR, 'goldens')
const ORACLE = resolve(ROOT, '..', 'shared', 'oracle', 'scenario.py')
const WORKERS = 2

/** Runs the oracle on one scenario and returns the transcript JSON text, or throws with its stderr. */
function show(file: string): Promise<string> {
  return new Promise((done, fail) => {
    const child = spawn('python3', [ORACLE, 'show', '--impl', 'django', file], { cwd: ROOT })
    let out = ''
    let err = ''
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')))
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')))
    child.on('error', fail)
    child.on('close', (code) =>
      code === 0 ? done(out) : fail(new Error(`oracle exited ${code} on ${basename(file)}:\n${err}`)),
    )
  })
}

/** The first lines where two transcripts differ, for the report. */
function firstDifference(a: string, b: string): string {
  const left = a.split('\n')
  const right = b.split('\n')
  const at = left.findIndex((line, i) => line !== right[i])
  return `line ${at + 1}:\n  first:  ${left[at] ?? '(end)'}\n  second: ${right[at] ?? '(end)'}`
}

async function main(argv: string[]): Promise<number> {
  if (!existsSync(ORACLE)) {
    console.error(`no oracle at ${ORACLE}`)
    return 2
  }
  const once = argv.includes('--once')
  const verify = argv.includes('--verify')
  const names = argv
    .filter((arg) => arg !== '--once' && arg !== '--verify')
    .map((arg) => basename(arg).replace(/\.txt$/, ''))
  const all = readdirSync(SCENARIOS_DIR)
    .filter((name) => /^\d{3}_.*\.txt$/.test(name))
    .sort()
  const chosen = all.filter(
    (file) => names.length === 0 || names.some((name) => file === `${name}.txt` || file.startsWith(name)),
  )
  if (chosen.length === 0) {
    console.error(`no scenario matches ${names.join(' ')}`)
    return 2
  }
  mkdirSync(GOLDENS_DIR, { recursive: true })
  const problems: string[] = []
  const queue = [...chosen]
  const worker = async (): Promise<void> => {
    for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
      const path = join(SCENARIOS_DIR, file)
      const goldenPath = join(GOLDENS_DIR, file.replace(/\.txt$/, '.json'))
      try {
        const first = verify && existsSync(goldenPath) ? readFileSync(goldenPath, 'utf8') : await show(path)
        if (!once) {
          const second = await show(path)
          if (first !== second) {
            problems.push(`${file}: not deterministic, ${firstDifference(first, second)}`)
            continue
          }
        }
        writeFileSync(goldenPath, first)
        console.log(`recorded ${file}`)
      } catch (error) {
        problems.push(error instanceof Error ? error.message : String(error))
      }
    }
  }
  await Promise.all(Array.from({ length: WORKERS }, worker))
  if (names.length === 0) {
    const wanted = new Set(all.map((file) => file.replace(/\.txt$/, '.json')))
    for (const golden of readdirSync(GOLDENS_DIR)) {
      if (golden.endsWith('.json') && !wanted.has(golden)) {
        rmSync(join(GOLDENS_DIR, golden))
        console.log(`removed stale golden ${golden}`)
      }
    }
  }
  console.log(`recorded ${chosen.length - problems.length}/${chosen.length} scenarios`)
  for (const problem of problems) console.error(problem)
  return problems.length === 0 ? 0 : 1
}

main(process.argv.slice(2)).then((status) => process.exit(status))
