/**
 * Rewrites the ratchets of the Python tests from what the interpreter does now:
 * - test/python/known-differences.txt (corpus.test.ts): runs every corpus snippet through runPython, lists
 *   those that differ from their CPython golden, prints "N/M identical to CPython" and the commonest causes;
 * - test/python/fuzz-known-failures.txt (fuzz.test.ts): runs every fuzz case, lists those that do not end in
 *   a Python-style result, prints "N/M fuzz cases end in a Python result or error".
 *
 * Usage: npx tsx scripts/update-python-ratchet.ts [--dry-run] [--show <name-prefix>] [--fuzz-vs-cpython]
 *   --dry-run          print the figures without rewriting the lists
 *   --show PREFIX      also print the whole difference of every differing snippet whose name starts with PREFIX
 *   --fuzz-vs-cpython  also run the mutated and random fuzz programs with python3 and print how many end
 *                      exactly as CPython does (same stdout, stderr, exit code) and how many with the same
 *                      error class (information only: the fuzz test asks for a Python-style ending)
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { listSnippets, readGolden, readSource, readStdin, writeKnownDifferences } from '../test/python/corpus'
import { differenceCategory } from '../test/python/difference-category'
import {
  FUZZ_HANG_MS,
  FUZZ_STEP_BUDGET,
  fuzzCases,
  notPythonStyle,
  writeFuzzKnownFailures,
} from '../test/python/fuzz-programs'
import { createPythonSandbox } from '../test/python/python-sandbox'
import { describeDifference } from '../test/python/run-difference'

const args = process.argv.slice(2)
const dryRun = args.includes('--dry-run')
const showIndex = args.indexOf('--show')
const showPrefix = showIndex >= 0 ? (args[showIndex + 1] ?? '') : null
const fuzzVsCpython = args.includes('--fuzz-vs-cpython')
/** Running totals of --fuzz-vs-cpython. */
const cpythonComparison = { compared: 0, identical: 0, sameError: 0, examples: [] as string[] }

const sandbox = createPythonSandbox()
const snippets = listSnippets()
const differing: string[] = []
const categories = new Map<string, string[]>()
for (const snippet of snippets) {
  const golden = readGolden(snippet)
  if (golden === null) throw new Error(`${snippet.name} has no golden: run npx tsx scripts/record-python.ts`)
  const outcome = await sandbox.run(
    readSource(snippet),
    { filename: snippet.name, stdin: readStdin(snippet) },
    15_000,
  )
  const difference = describeDifference(golden, outcome)
  if (difference === null) continue
  differing.push(snippet.name)
  const category = differenceCategory(golden, outcome)
  categories.set(category, [...(categories.get(category) ?? []), snippet.name])
  if (showPrefix !== null && snippet.name.startsWith(showPrefix))
    console.log(`=== ${snippet.name}\n${difference}\n`)
}

const failingFuzz: string[] = []
const fuzz = fuzzCases()
for (const fuzzCase of fuzz) {
  const outcome = await sandbox.run(
    fuzzCase.source,
    { filename: 'fuzz.py', stdin: '', stepBudget: FUZZ_STEP_BUDGET },
    FUZZ_HANG_MS,
  )
  const problem = notPythonStyle(outcome)
  if (fuzzVsCpython && !fuzzCase.id.startsWith('extreme') && outcome.kind === 'ran')
    compareWithCpython(fuzzCase.source, outcome.run)
  if (problem === null) continue
  failingFuzz.push(fuzzCase.id)
  console.log(`fuzz case failing: ${fuzzCase.id}\n  ${problem.split('\n').slice(0, 6).join('\n  ')}`)
}
await sandbox.close()

if (!dryRun) {
  writeKnownDifferences(differing)
  writeFuzzKnownFailures(failingFuzz)
}
console.log(`${fuzz.length - failingFuzz.length}/${fuzz.length} fuzz cases end in a Python result or error`)
if (fuzzVsCpython) {
  const { compared, identical, sameError, examples } = cpythonComparison
  console.log(
    `fuzz vs CPython: ${identical}/${compared} identical, ${sameError}/${compared} with the same exit code and error class`,
  )
  for (const example of examples.slice(0, 15)) console.log(`  ${example}`)
}
const ranked = [...categories].sort((a, b) => b[1].length - a[1].length)
console.log('most common differences:')
for (const [category, names] of ranked.slice(0, 20))
  console.log(`${String(names.length).padStart(4)}  ${category}  (e.g. ${names.slice(0, 3).join(', ')})`)
console.log(`${snippets.length - differing.length}/${snippets.length} identical to CPython`)

/** Runs one fuzz program with python3 (3 s at most) and counts how closely our run matched it. */
function compareWithCpython(
  source: string,
  ours: { stdout: string; stderr: string; exitCode: number },
): void {
  const dir = mkdtempSync(join(tmpdir(), 'fuzz-'))
  try {
    const path = join(dir, 'fuzz.py')
    writeFileSync(path, source)
    const result = spawnSync('python3', [path], { input: '', encoding: 'utf8', timeout: 3000, cwd: dir })
    if (result.status === null) return
    const stderr = result.stderr.split(path).join('fuzz.py')
    cpythonComparison.compared++
    const errorClass = (text: string): string =>
      /^(\w+)/.exec(text.trimEnd().split('\n').pop() ?? '')?.[1] ?? ''
    if (result.stdout === ours.stdout && stderr === ours.stderr && result.status === ours.exitCode)
      cpythonComparison.identical++
    if (result.status === ours.exitCode && errorClass(stderr) === errorClass(ours.stderr))
      cpythonComparison.sameError++
    else
      cpythonComparison.examples.push(
        `CPython: ${stderr.trimEnd().split('\n').pop() ?? ''} | ours: ${ours.stderr.trimEnd().split('\n').pop() ?? ''}`,
      )
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
