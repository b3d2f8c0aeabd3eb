import { runChecks } from '../engine/django/checks/run-checks'
import { formatCheckMessage } from '../engine/django/checks/check-message'
import type { CodeCache } from '../engine/python/code-cache'
import { definitionLine } from './definition-line'
import { type DjangoProcess, setupDjango } from '../engine/django/project-loader'
import type { LoadFailure } from '../engine/migrations/project-loader'
import type { ProjectFiles } from '../engine/files'

/** A problem to mark in the editor: the file, 1-based line and column, the message, and its severity. */
export interface Problem {
  readonly path: string
  readonly line: number
  readonly column: number
  readonly message: string
  readonly severity: 'error' | 'warning'
}

const FRAME = /^ {2}File "([^"]+)", line (\d+)/

/** The problem a Python traceback points at: its last frame inside the project, and its final line. */
function tracebackProblem(files: ProjectFiles, traceback: string): Problem {
  const lines = traceback.trimEnd().split('\n')
  const message = lines.at(-1) ?? traceback
  let path = ''
  let line = 1
  let column = 1
  lines.forEach((text, index) => {
    const frame = FRAME.exec(text)
    if (frame === null || files.read(frame[1]!) === undefined) return
    path = frame[1]!
    line = Number(frame[2])
    const caret = lines[index + 2]
    const caretAt = caret !== undefined && /^\s*\^+\s*$/.test(caret) ? caret.indexOf('^') : -1
    column = caretAt >= 0 ? Math.max(1, caretAt - 3) : 1
  })
  return { path, line, column, message, severity: 'error' }
}

/**
 * Takes the project's files and the outcome of setting Django up on them (see setupDjango): the syntax
 * or import error (at the traceback's line in the project), or each system check message at its
 * model's or field's line.
 */
export function problemsOf(files: ProjectFiles, django: DjangoProcess | LoadFailure): Problem[] {
  if ('kind' in django) return [tracebackProblem(files, django.stderr)]
  return runChecks(django.rt).map((message) => {
    const [app = '', model = '', field] = message.obj.split('.')
    const path = `${app}/models.py`
    return {
      path,
      line: definitionLine(files.read(path) ?? '', model, field),
      column: 1,
      message: formatCheckMessage(message),
      severity: message.level,
    }
  })
}

/**
 * Takes the project's files, imports every app's `models.py` as `manage.py` would and runs the system
 * checks; returns the problems found (see problemsOf). `codeCache` shares compiled modules.
 */
export function diagnose(files: ProjectFiles, codeCache?: CodeCache): Problem[] {
  return problemsOf(files, setupDjango(files, codeCache !== undefined ? { codeCache } : {}))
}
