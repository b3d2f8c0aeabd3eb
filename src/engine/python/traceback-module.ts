import type { Interpreter } from './interpreter'
import type { PyValue } from './objects/base'
import { callMethod } from './objects/calls'
import { newList } from './objects/containers'
import { PyBaseException } from './objects/exceptions'
import type { PyModule } from './objects/functions'
import { nativeFunction } from './objects/native'
import { None } from './objects/types'
import { formatException, formatExceptionOnly } from './traceback'

/** The exception a traceback function is about: its argument, or (type, value, tb) style value. */
function pick(exc: PyValue, value: PyValue): PyBaseException | null {
  if (value !== undefined && value instanceof PyBaseException) return value
  return exc instanceof PyBaseException ? exc : null
}

/** Splits formatted traceback text into CPython's chunks (one per header, frame and final line). */
function chunks(text: string): string[] {
  const out: string[] = []
  for (const line of text.split('\n').slice(0, -1)) {
    if (line.startsWith('    ') && out.length > 0 && out[out.length - 1]!.startsWith('  File '))
      out[out.length - 1] += line + '\n'
    else out.push(line + '\n')
  }
  return out
}

/** Fills the `traceback` module (format_exc, print_exc, format_exception, format_exception_only, print_exception). */
export function makeTracebackModule(m: PyModule, interp: Interpreter): void {
  const current = () => interp.excStack[interp.excStack.length - 1] ?? null
  const write = (file: PyValue, text: string) => {
    if (file === None || file === undefined) interp.write('stderr', text)
    else callMethod(file, 'write', [undefined, text], null)
  }
  m.set(
    'format_exc',
    nativeFunction('format_exc', '(limit=None, chain=True)', () => {
      const e = current()
      return e === null ? 'NoneType: None\n' : formatException(e)
    }),
  )
  m.set(
    'print_exc',
    nativeFunction('print_exc', '(limit=None, file=None, chain=True)', ([, file]) => {
      const e = current()
      write(file, e === null ? 'NoneType: None\n' : formatException(e))
      return None
    }),
  )
  m.set(
    'format_exception',
    nativeFunction('format_exception', '(exc, /, value=?, tb=?, limit=None, chain=True)', ([exc, value]) => {
      const e = pick(exc, value)
      return newList(e === null ? ['NoneType: None\n'] : chunks(formatException(e)))
    }),
  )
  m.set(
    'format_exception_only',
    nativeFunction('format_exception_only', '(exc, /, value=?)', ([exc, value]) => {
      const e = pick(exc, value)
      return newList(e === null ? ['NoneType: None\n'] : formatExceptionOnly(e).map((l) => l + '\n'))
    }),
  )
  m.set(
    'print_exception',
    nativeFunction(
      'print_exception',
      '(exc, /, value=?, tb=?, limit=None, file=None, chain=True)',
      ([exc, value, , , file]) => {
        const e = pick(exc, value)
        write(file, e === null ? 'NoneType: None\n' : formatException(e))
        return None
      },
    ),
  )
}
