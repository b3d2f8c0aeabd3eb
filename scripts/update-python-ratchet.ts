/**
 * Rewrites the ratchets of the Python tests from what the interpreter does now:
 * - test/python/known-differences.txt (corpus.test.ts): runs every corpus snippet through runPython, lists
 *   those that differ from their CPython golden, prints "N/M identical to CPython" and the commonest causes;
 * - test/python/fuzz-known-failures.txt (fuzz.test.ts): runs every fuzz case, lists those that do not end in
 *   a Python-style result, prints "N/M fuzz cases end in a Python result or error".
 *
 * Usage: npx tsx scripts/update-python-ratchet.ts [--dry-run] [--show <name-prefix>]
 *   --dry-run      print the figures without rewriting the list
 *   --show PREFIX  also print the whole difference of every differing snippet whose name starts with PREFIX
 */
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
const ranked = [...categories].sort((a, b) => b[1].length - a[1].length)
console.log('most common differences:')
for (const [category, names] of ranked.slice(0, 20))
  console.log(`${String(names.length).padStart(4)}  ${category}  (e.g. ${names.slice(0, 3).join(', ')})`)
console.log(`${snippets.length - differing.length}/${snippets.length} identical to CPython`)
