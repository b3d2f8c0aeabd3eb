import type { Migration } from '../../../../src/engine/migrations/migration'

/**
 * One step of an executor corpus case: replace the migrations on disk, run SQL on the database by hand,
 * or run a manage.py command.
 */
export type CaseStep =
  { readonly disk: readonly Migration[] } | { readonly sql: string } | { readonly run: readonly string[] }

/** A differential case: apps (each with a migrations package) and steps, recorded against Django 5.2. */
export interface ExecutorCase {
  readonly name: string
  readonly apps: readonly string[]
  readonly steps: readonly CaseStep[]
}

/** What a run gave: status, stdout, stderr (a traceback reduced to its last line) and the database afterwards. */
export interface RunRecord {
  readonly run: string
  readonly status: number
  readonly stdout: string
  readonly stderr: string
  readonly schema: readonly string[]
  readonly applied: readonly string[]
  readonly rows: Readonly<Record<string, readonly string[]>>
}

/** Takes stderr text, returns it as compared: a Python traceback reduced to its last line. */
export function normaliseStderr(text: string): string {
  let out = text
  if (text.includes('Traceback (most recent call last):')) {
    const lines = text.split('\n').filter((l) => l.trim() !== '')
    out = lines[lines.length - 1] ?? ''
  }
  // Django names a cycle's nodes in set order, which changes from run to run.
  return out.replace(
    /(CircularDependencyError: )([^\n]+)/,
    (_, head: string, list: string) => head + list.split(', ').sort().join(', '),
  )
}

/** Takes stdout text, returns it with run-dependent parts (timings, timestamps) normalised. */
export function normaliseStdout(text: string): string {
  return text
    .replace(/ \(\d+\.\d{3}s\)/g, ' (T)')
    .replace(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d+)?/g, '<now>')
}
