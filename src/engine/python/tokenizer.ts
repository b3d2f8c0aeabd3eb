import { PySyntaxError } from './syntax-error'

/** The kinds of token the tokenizer produces. */
export type TokenKind = 'name' | 'number' | 'string' | 'op' | 'newline' | 'indent' | 'dedent' | 'end'

/** One token: its kind, its text and its position (1-based lines, 0-based columns). */
export interface Token {
  kind: TokenKind
  text: string
  line: number
  col: number
  endLine: number
  endCol: number
}

const OPERATORS = [
  '**=',
  '//=',
  '>>=',
  '<<=',
  '...',
  '->',
  ':=',
  '**',
  '//',
  '<<',
  '>>',
  '<=',
  '>=',
  '==',
  '!=',
  '+=',
  '-=',
  '*=',
  '/=',
  '%=',
  '&=',
  '|=',
  '^=',
  '@=',
  '+',
  '-',
  '*',
  '/',
  '%',
  '@',
  '&',
  '|',
  '^',
  '~',
  '<',
  '>',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  ',',
  ':',
  '.',
  ';',
  '=',
]
const CLOSER: Record<string, string> = { ')': '(', ']': '[', '}': '{' }

const isIdStart = (c: string) => /[\p{L}\p{Nl}_]/u.test(c)
const isIdChar = (c: string) => /[\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]/u.test(c)

/** Splits Python source into tokens, raising CPython's tokenizer errors. */
export function tokenize(source: string, filename: string): Token[] {
  const lines = source.split('\n')
  const tokens: Token[] = []
  const indents: number[] = [0]
  const altIndents: number[] = [0]
  const brackets: { ch: string; line: number; col: number }[] = []
  let i = 0
  let line = 1
  let lineStart = 0
  let atLineStart = true
  const src = source
  const err = (
    msg: string,
    l: number,
    c: number,
    kind: 'SyntaxError' | 'IndentationError' = 'SyntaxError',
    endCol?: number,
  ) => new PySyntaxError(kind, msg, filename, l, c + 1, lines[l - 1] ?? '', endCol)
  const push = (kind: TokenKind, text: string, l: number, c: number, el: number, ec: number) =>
    tokens.push({ kind, text, line: l, col: c, endLine: el, endCol: ec })

  while (i <= src.length) {
    if (atLineStart && brackets.length === 0) {
      let col = 0
      let alt = 0
      let j = i
      while (j < src.length && (src[j] === ' ' || src[j] === '\t' || src[j] === '\f')) {
        col = src[j] === '\t' ? (Math.floor(col / 8) + 1) * 8 : src[j] === '\f' ? 0 : col + 1
        alt = src[j] === '\f' ? 0 : alt + 1
        j++
      }
      const c = src[j]
      if (c === '#' || c === '\n' || c === '\r' || (c === '\\' && src[j + 1] === '\n')) {
        // blank or comment-only line: no indentation tokens
        while (j < src.length && src[j] !== '\n') j++
        if (j >= src.length) {
          i = j
          atLineStart = false
          continue
        }
        i = j + 1
        line++
        lineStart = i
        continue
      }
      if (j >= src.length) {
        i = j
        atLineStart = false
        continue
      }
      atLineStart = false
      const cur = indents[indents.length - 1]!
      const altCur = altIndents[altIndents.length - 1]!
      const tabError = () =>
        new PySyntaxError(
          'TabError',
          'inconsistent use of tabs and spaces in indentation',
          filename,
          line,
          0,
          lines[line - 1] ?? '',
        )
      if (col > cur) {
        if (alt <= altCur) throw tabError()
        indents.push(col)
        altIndents.push(alt)
        push('indent', '', line, 0, line, j - lineStart)
      } else if (col < cur) {
        while (indents.length > 1 && col < indents[indents.length - 1]!) {
          indents.pop()
          altIndents.pop()
          push('dedent', '', line, j - lineStart, line, j - lineStart)
        }
        if (col !== indents[indents.length - 1]) {
          const text = lines[line - 1] ?? ''
          throw new PySyntaxError(
            'IndentationError',
            'unindent does not match any outer indentation level',
            filename,
            line,
            text.length + 1,
            text,
          )
        }
        if (alt !== altIndents[altIndents.length - 1]) throw tabError()
      } else if (alt !== altCur) throw tabError()
      i = j
      continue
    }
    if (i >= src.length) break
    const c = src[i]!
    const col = i - lineStart
    if (c === ' ' || c === '\t' || c === '\f' || c === '\r') {
      i++
      continue
    }
    if (c === '#') {
      while (i < src.length && src[i] !== '\n') i++
      continue
    }
    if (c === '\n') {
      if (brackets.length === 0) push('newline', '\n', line, col, line, col + 1)
      i++
      line++
      lineStart = i
      atLineStart = brackets.length === 0
      continue
    }
    if (c === '\\') {
      let j = i + 1
      if (src[j] === '\r') j++
      if (src[j] === '\n') {
        i = j + 1
        line++
        lineStart = i
        if (i >= src.length) throw err('unexpected EOF while parsing', line - 1, col)
        continue
      }
      throw err('unexpected character after line continuation character', line, col + 1)
    }
    // strings (with optional prefix)
    const pm = /^([rRbBuUfF]{1,2})?(['"])/.exec(src.slice(i, i + 4))
    if (pm && (pm[1] === undefined || /^(r|u|f|b|rb|br|fr|rf)$/i.test(pm[1]))) {
      const prefixLen = pm[1]?.length ?? 0
      const q = pm[2]!
      let j = i + prefixLen
      const triple = src.startsWith(q + q + q, j)
      const startLine = line
      j += triple ? 3 : 1
      const raw = /r/i.test(pm[1] ?? '')
      for (;;) {
        if (j >= src.length) {
          if (triple)
            throw err(
              `unterminated triple-quoted string literal (detected at line ${src.endsWith('\n') ? line - 1 : line})`,
              startLine,
              col,
            )
          throw err(`unterminated string literal (detected at line ${startLine})`, startLine, col)
        }
        const d = src[j]!
        if (d === '\\') {
          if (src[j + 1] === '\n') {
            line++
            lineStart = j + 2
          }
          j += 2
          continue
        }
        if (d === '\n') {
          if (!triple)
            throw err(`unterminated string literal (detected at line ${startLine})`, startLine, col)
          line++
          lineStart = j + 1
          j++
          continue
        }
        if (d === q && (!triple || src.startsWith(q + q + q, j))) {
          j += triple ? 3 : 1
          break
        }
        j++
      }
      void raw
      push('string', src.slice(i, j), startLine, col, line, j - lineStart)
      i = j
      continue
    }
    if (isIdStart(c)) {
      let j = i + 1
      while (j < src.length && isIdChar(src[j]!)) j++
      push('name', src.slice(i, j), line, col, line, j - lineStart)
      i = j
      continue
    }
    if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(src[i + 1] ?? ''))) {
      const m =
        /^(0[xX](?:_?[0-9a-fA-F])+|0[oO](?:_?[0-7])+|0[bB](?:_?[01])+|(?:(?:[0-9](?:_?[0-9])*)?\.[0-9](?:_?[0-9])*|[0-9](?:_?[0-9])*\.?)(?:[eE][+-]?[0-9](?:_?[0-9])*)?[jJ]?)/.exec(
          src.slice(i, i + 400),
        )
      const text = m![0]
      const next = src[i + text.length] ?? ''
      if (isIdChar(next)) {
        const kind = /^0[xX]/.test(text)
          ? 'hexadecimal'
          : /^0[oO]/.test(text)
            ? 'octal'
            : /^0[bB]/.test(text)
              ? 'binary'
              : 'decimal'
        if (
          kind === 'decimal' &&
          /^[0-9]+$/.test(text) &&
          text.length > 1 &&
          text[0] === '0' &&
          /[0-9]/.test(next)
        ) {
          throw err(
            'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers',
            line,
            col,
          )
        }
        throw err(`invalid ${kind} literal`, line, col + text.length - 1)
      }
      if (/^0[0-9_]*[1-9]/.test(text) && /^[0-9_]+$/.test(text)) {
        throw err(
          'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers',
          line,
          col,
        )
      }
      push('number', text, line, col, line, col + text.length)
      i += text.length
      continue
    }
    let op = ''
    for (const o of OPERATORS) {
      if (src.startsWith(o, i)) {
        op = o
        break
      }
    }
    if (op === '') {
      if (c === '!') throw err('invalid syntax', line, col)
      if (c === '$' || c === '?' || c === '`') throw err('invalid syntax', line, col)
      throw err(
        `invalid character '${c}' (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`,
        line,
        col,
      )
    }
    if (op === '(' || op === '[' || op === '{') brackets.push({ ch: op, line, col })
    else if (op === ')' || op === ']' || op === '}') {
      const open = brackets.pop()
      if (!open) throw err(`unmatched '${op}'`, line, col)
      if (open.ch !== CLOSER[op]) {
        const closeName = { ')': 'parenthesis', ']': 'parenthesis', '}': 'parenthesis' }[op]
        if (open.line !== line) {
          throw err(
            `closing ${closeName} '${op}' does not match opening parenthesis '${open.ch}' on line ${open.line}`,
            line,
            col,
          )
        }
        throw err(`closing ${closeName} '${op}' does not match opening parenthesis '${open.ch}'`, line, col)
      }
    }
    push('op', op, line, col, line, col + op.length)
    i += op.length
  }
  if (brackets.length > 0) {
    const open = brackets[brackets.length - 1]!
    throw err(`'${open.ch}' was never closed`, open.line, open.col)
  }
  const lastCol = i - lineStart
  if (
    tokens.length > 0 &&
    tokens[tokens.length - 1]!.kind !== 'newline' &&
    tokens[tokens.length - 1]!.kind !== 'dedent'
  ) {
    push('newline', '', line, lastCol, line, lastCol + 1)
  }
  while (indents.length > 1) {
    indents.pop()
    push('dedent', '', line, 0, line, 0)
  }
  push('end', '', line, 0, line, 0)
  return tokens
}
