/**
 * Records the CPython 3.11 goldens of the Python corpus: runs every test/python/snippets/<topic>/<name>.py
 * with `python3` and writes test/python/goldens/<topic>/<name>.json = { stdout, stderr, exitCode }, with the
 * snippet's absolute path in tracebacks replaced by `<topic>/<name>.py` (the filename the harness passes).
 * A snippet's standard input is its `<name>.stdin` file, if any. Each snippet runs twice under different string-hash seeds; a snippet whose output changes is an error.
 *
 * Usage: npx tsx scripts/record-python.ts [name-prefix...]   (e.g. `strings/` to re-record one topic)
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import {
  GOLDENS_DIR,
  SNIPPETS_DIR,
  listSnippets,
  readStdin,
  type PythonRun,
  type Snippet,
} from '../test/python/corpus'

const prefixes = process.argv.slice(2)
const snippets = listSnippets().filter(
  (snippet) => prefixes.length === 0 || prefixes.some((prefix) => snippet.name.startsWith(prefix)),
)

const machinePaths = [SNIPPETS_DIR, pythonPrefix()]
const problems: string[] = []
for (const snippet of snippets) {
  const first = record(snippet, '1')
  const second = record(snippet, '2')
  if (JSON.stringify(first) !== JSON.stringify(second)) {
    problems.push(`${snippet.name}: output depends on the string-hash seed or is otherwise not deterministic`)
    continue
  }
  const leaked = machinePaths.find((path) => first.stdout.includes(path) || first.stderr.includes(path))
  if (leaked !== undefined) {
    problems.push(`${snippet.name}: output contains this machine's path ${leaked}`)
    continue
  }
  mkdirSync(dirname(snippet.goldenPath), { recursive: true })
  writeFileSync(snippet.goldenPath, JSON.stringify(first, null, 2) + '\n')
}
if (prefixes.length === 0) removeStaleGoldens(new Set(snippets.map((snippet) => snippet.goldenPath)))

console.log(`recorded ${snippets.length - problems.length} goldens with ${pythonVersion()}`)
for (const problem of problems) console.error(problem)
process.exitCode = problems.length === 0 ? 0 : 1

/** Runs one snippet like `python3 FILE` from the snippets folder, with its `.stdin` file (or nothing) as input. */
function record(snippet: Snippet, hashSeed: string): PythonRun {
  const result = spawnSync('python3', [snippet.sourcePath], {
    cwd: SNIPPETS_DIR,
    input: readStdin(snippet),
    encoding: 'utf8',
    timeout: 60_000,
    env: {
      PATH: process.env.PATH,
      PYTHONHASHSEED: hashSeed,
      PYTHONIOENCODING: 'utf-8',
      PYTHONDONTWRITEBYTECODE: '1',
    },
  })
  if (result.error) throw new Error(`python3 failed to run ${snippet.name}: ${result.error.message}`)
  if (result.status === null)
    throw new Error(`python3 was killed by ${result.signal} running ${snippet.name}`)
  const normalise = (text: string): string => text.split(snippet.sourcePath).join(snippet.name)
  return { stdout: normalise(result.stdout), stderr: normalise(result.stderr), exitCode: result.status }
}

/** Deletes goldens whose snippet no longer exists. */
function removeStaleGoldens(wanted: ReadonlySet<string>): void {
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) walk(path)
      else if (entry.name.endsWith('.json') && !wanted.has(path)) {
        rmSync(path)
        console.log(`removed stale golden ${path}`)
      }
    }
  }
  mkdirSync(GOLDENS_DIR, { recursive: true })
  walk(GOLDENS_DIR)
}

/** Where this machine's CPython is installed (module paths under it must not reach a golden). */
function pythonPrefix(): string {
  return spawnSync('python3', ['-c', 'import sys; print(sys.base_prefix)'], {
    encoding: 'utf8',
  }).stdout.trim()
}

function pythonVersion(): string {
  return spawnSync('python3', ['--version'], { encoding: 'utf8' }).stdout.trim()
}
