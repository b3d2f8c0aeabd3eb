import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

/** What `python3 FILE` produced: the golden format, and what `runPython` returns. */
export interface PythonRun {
  readonly stdout: string
  readonly stderr: string
  readonly exitCode: number
}

/**
 * One corpus snippet: `name` is `<topic>/<name>.py`, the filename passed to the interpreter. A snippet may
 * have standard input in `<topic>/<name>.stdin` next to it; otherwise it runs with empty input.
 */
export interface Snippet {
  readonly name: string
  readonly sourcePath: string
  readonly stdinPath: string
  readonly goldenPath: string
}

const here = dirname(fileURLToPath(import.meta.url))

/** The folder holding `<topic>/<name>.py` snippets. */
export const SNIPPETS_DIR = join(here, 'snippets')
/** The folder holding `<topic>/<name>.json` goldens recorded from CPython. */
export const GOLDENS_DIR = join(here, 'goldens')
/** The ratchet: snippets known to differ from CPython, one `<topic>/<name>.py` a line. */
export const KNOWN_DIFFERENCES_PATH = join(here, 'known-differences.txt')

/** Lists every snippet under SNIPPETS_DIR, sorted by name. */
export function listSnippets(): Snippet[] {
  const names: string[] = []
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) walk(path)
      else if (entry.name.endsWith('.py')) names.push(relative(SNIPPETS_DIR, path).split(sep).join('/'))
    }
  }
  walk(SNIPPETS_DIR)
  return names.sort().map((name) => ({
    name,
    sourcePath: join(SNIPPETS_DIR, name),
    stdinPath: join(SNIPPETS_DIR, name.replace(/\.py$/, '.stdin')),
    goldenPath: join(GOLDENS_DIR, name.replace(/\.py$/, '.json')),
  }))
}

/** Reads a snippet's source text. */
export function readSource(snippet: Snippet): string {
  return readFileSync(snippet.sourcePath, 'utf8')
}

/** Reads a snippet's standard input: the `.stdin` file next to it, or '' when there is none. */
export function readStdin(snippet: Snippet): string {
  return existsSync(snippet.stdinPath) ? readFileSync(snippet.stdinPath, 'utf8') : ''
}

/** Reads a snippet's golden; null when it has not been recorded. */
export function readGolden(snippet: Snippet): PythonRun | null {
  if (!existsSync(snippet.goldenPath)) return null
  const value = JSON.parse(readFileSync(snippet.goldenPath, 'utf8')) as PythonRun
  return { stdout: value.stdout, stderr: value.stderr, exitCode: value.exitCode }
}

/** Reads the ratchet list (blank lines and `#` comments ignored). */
export function readKnownDifferences(): string[] {
  if (!existsSync(KNOWN_DIFFERENCES_PATH)) return []
  return readFileSync(KNOWN_DIFFERENCES_PATH, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
}

/** Rewrites the ratchet list with the given snippet names, sorted. */
export function writeKnownDifferences(names: readonly string[]): void {
  const header = [
    '# Snippets of test/python/snippets whose output differs from CPython 3.11 (the ratchet).',
    '# test/python/corpus.test.ts fails when an unlisted snippet differs and when a listed one matches.',
    '# Regenerate with: npx tsx scripts/update-python-ratchet.ts',
  ]
  writeFileSync(KNOWN_DIFFERENCES_PATH, [...header, ...[...names].sort()].join('\n') + '\n')
}
