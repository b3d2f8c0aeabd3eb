import type { PyValue } from './objects/base'
import { PyBaseException, type TbEntry } from './objects/exceptions'
import { exceptionStr, repr, str } from './objects/repr'
import { None } from './objects/types'

function caretLine(entry: TbEntry): string | null {
  const p = entry.code.positions
  const i = entry.pos * 7
  if (i + 6 >= p.length) return null
  const line = p[i]!
  const col = p[i + 1]!
  const endLine = p[i + 2]!
  let endCol = p[i + 3]!
  const kind = p[i + 4]!
  const orig = entry.code.lines[line - 1] ?? ''
  const stripped = orig.trim()
  const lead = orig.length - orig.trimStart().length
  if (endLine !== line) endCol = lead + stripped.length
  let anchors: [number, number] | null = null
  if (endLine === line && kind === 1) {
    const leftEnd = p[i + 5]!
    const rightStart = p[i + 6]!
    const opStr = orig.slice(leftEnd, rightStart)
    const off = opStr.length - opStr.trimStart().length
    let l = leftEnd + off
    let r = l + 1
    if (off + 1 < opStr.length && !/\s/.test(opStr[off + 1]!)) r++
    while (l < endCol && /[\s)#]/.test(orig[l]!)) {
      l++
      r++
    }
    anchors = [l - col, r - col]
  } else if (endLine === line && kind === 2) {
    let l = p[i + 5]!
    while (l < endCol && orig[l] !== '[') l++
    anchors = [l - col, endCol - col]
  }
  const spansLine = endCol - col >= stripped.length
  if (spansLine && !(anchors && anchors[1] - anchors[0] > 0)) return null
  if (endCol <= col) return null
  let out = '    ' + ' '.repeat(col - lead)
  if (anchors) {
    out +=
      '~'.repeat(anchors[0]) +
      '^'.repeat(anchors[1] - anchors[0]) +
      '~'.repeat(Math.max(0, endCol - col - anchors[1]))
  } else out += '^'.repeat(endCol - col)
  return out
}

function frameLines(entry: TbEntry): string[] {
  const p = entry.code.positions
  const line = p[entry.pos * 7] ?? 0
  const out = [`  File "${entry.code.filename}", line ${line}, in ${entry.code.name}`]
  const file = entry.code.filename
  const readable = !(file.startsWith('<') && file.endsWith('>'))
  const text = readable ? entry.code.lines[line - 1] : undefined
  if (text !== undefined && text.trim() !== '') {
    out.push('    ' + text.trim())
    const c = caretLine(entry)
    if (c !== null) out.push(c)
  }
  return out
}

/** The `module.Name` CPython prints for an exception's class. */
export function exceptionTypeName(e: PyBaseException): string {
  const t = e.cls
  return t.module === 'builtins' || t.module === '__main__' ? t.qualname : `${t.module}.${t.qualname}`
}

/** The final `Type: message` line(s) of a traceback (SyntaxError included). */
export function formatExceptionOnly(e: PyBaseException): string[] {
  const name = exceptionTypeName(e)
  const a = e.attrs ?? {}
  if (
    e.cls.mro.some((m) => m.name === 'SyntaxError' && m.module === 'builtins') &&
    typeof a['lineno'] === 'number'
  ) {
    const out = [`  File "${a['filename']}", line ${a['lineno']}`]
    const text = a['text']
    if (typeof text === 'string') {
      const rtext = text.replace(/\n+$/, '')
      const ltext = rtext.replace(/^[ \n\f]+/, '')
      const spaces = rtext.length - ltext.length
      out.push('    ' + ltext)
      if (typeof a['offset'] === 'number') {
        const offset = a['offset']
        let endOffset =
          typeof a['end_offset'] === 'number' && a['end_offset'] !== 0 ? a['end_offset'] : offset
        if (offset === endOffset || endOffset === -1) endOffset = offset + 1
        const colno = offset - 1 - spaces
        const endColno = endOffset - 1 - spaces
        if (colno >= 0) {
          const caretspace = [...ltext.slice(0, colno)].map((c) => (/\s/.test(c) ? c : ' ')).join('')
          out.push('    ' + caretspace + '^'.repeat(Math.max(0, endColno - colno)))
        }
      }
    }
    out.push(`${name}: ${a['msg']}`)
    return out
  }
  let msg: string
  try {
    msg = str(e)
  } catch {
    msg = exceptionStr(e)
  }
  let line = msg === '' ? name : `${name}: ${msg}`
  const s = typeof e.suggestion === 'function' ? e.suggestion() : e.suggestion
  if (s) line += `. Did you mean: ${s}?`
  return [line]
}

/** Chained exceptions beyond this many are not printed (a runaway handler chain would print for ever). */
const MAX_CHAIN = 64

function formatOne(e: PyBaseException, seen: Set<PyBaseException>): string[] {
  seen.add(e)
  const out: string[] = []
  if (seen.size > MAX_CHAIN) void 0
  else if (e.cause !== None && e.cause instanceof PyBaseException && !seen.has(e.cause)) {
    out.push(
      ...formatOne(e.cause, seen),
      '',
      'The above exception was the direct cause of the following exception:',
      '',
    )
  } else if (!e.suppressContext && e.context instanceof PyBaseException && !seen.has(e.context)) {
    out.push(
      ...formatOne(e.context, seen),
      '',
      'During handling of the above exception, another exception occurred:',
      '',
    )
  }
  if (e.tb.length > 0) {
    out.push('Traceback (most recent call last):')
    const entries = [...e.tb].reverse()
    let prev: string | null = null
    let repeat = 0
    const flush = () => {
      if (repeat > 3)
        out.push(`  [Previous line repeated ${repeat - 3} more time${repeat - 3 === 1 ? '' : 's'}]`)
    }
    for (const entry of entries) {
      const key = `${entry.code.filename}:${entry.code.positions[entry.pos * 7]}:${entry.code.name}`
      if (key === prev) {
        repeat++
        if (repeat > 3) continue
      } else {
        flush()
        prev = key
        repeat = 1
      }
      out.push(...frameLines(entry))
    }
    flush()
  }
  out.push(...formatExceptionOnly(e))
  const notes = e.attrs?.['__notes__']
  if (Array.isArray(notes)) for (const n of notes) out.push(String(n))
  return out
}

/** CPython's full traceback text for an exception (chained exceptions included), ending with a newline. */
export function formatException(e: PyBaseException): string {
  return formatOne(e, new Set()).join('\n') + '\n'
}

/** repr() for use in messages without importing the object model. */
export function reprOf(v: PyValue): string {
  return repr(v)
}
