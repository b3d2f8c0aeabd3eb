/**
 * A SyntaxError or IndentationError found while tokenizing, parsing or compiling; the
 * interpreter turns it into the Python exception of the same name. `offset` is 1-based like
 * CPython's.
 */
export class PySyntaxError extends Error {
  constructor(
    readonly kind: 'SyntaxError' | 'IndentationError' | 'TabError',
    readonly msg: string,
    readonly filename: string,
    readonly lineno: number,
    readonly offset: number,
    readonly text: string,
    readonly endOffset?: number,
  ) {
    super(`${kind}: ${msg} (${filename}, line ${lineno})`)
  }
}
