/**
 * Rewrites test/python/known-differences.txt (the ratchet of test/python/corpus.test.ts) from what the
 * interpreter does now: runs every corpus snippet through runPython, lists those that differ from their
 * CPython golden, prints "N/M identical to CPython" and the most common causes of difference.
 *
 * Usage: npx tsx scripts/update-python-ratchet.ts [--dry-run] [--show <name-prefix>]
 *   --dry-run      print the figures without rewriting the list
 *   --show PREFIX  also print the whole difference of every differing snippet whose name starts with PREFIX
 */
import { listSnippets, readGolden, readSource, writeKnownDifferences } from '../test/python/corpus'
import { differenceCategory } from '../test/python/difference-category'
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
  const outcome = await sandbox.run(readSource(snippet), { filename: snippet.name, stdin: '' }, 15_000)
  const difference = describeDifference(golden, outcome)
  if (difference === null) continue
  differing.push(snippet.name)
  const category = differenceCategory(golden, outcome)
  categories.set(category, [...(categories.get(category) ?? []), snippet.name])
  if (showPrefix !== null && snippet.name.startsWith(showPrefix))
    console.log(`=== ${snippet.name}\n${difference}\n`)
}
await sandbox.close()

if (!dryRun) writeKnownDifferences(differing)
const ranked = [...categories].sort((a, b) => b[1].length - a[1].length)
console.log('most common differences:')
for (const [category, names] of ranked.slice(0, 20))
  console.log(`${String(names.length).padStart(4)}  ${category}  (e.g. ${names.slice(0, 3).join(', ')})`)
console.log(`${snippets.length - differing.length}/${snippets.length} identical to CPython`)
