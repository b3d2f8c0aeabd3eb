import type { PyBaseException } from './objects/exceptions'
import { exceptionTypeName, formatException, formatExceptionOnly } from './traceback'

/** A Python exception seen from TypeScript: `exc` is the Python exception object. */
export class PythonError extends Error {
  constructor(readonly exc: PyBaseException) {
    super(formatExceptionOnly(exc).join('\n'))
    this.name = `PythonError(${exceptionTypeName(exc)})`
  }
}

/** CPython's traceback text for a Python error (chained exceptions included). */
export function formatTraceback(error: PythonError | PyBaseException): string {
  return formatException(error instanceof PythonError ? error.exc : error)
}
