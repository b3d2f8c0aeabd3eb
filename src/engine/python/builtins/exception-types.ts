import { PyType, type PyValue } from '../objects/base'
import { newList, newTuple, PyTuple } from '../objects/containers'
import { attributeError } from '../objects/attributes'
import {
  AttributeError,
  BaseException,
  ImportError,
  KeyError,
  NameError,
  OSError,
  PyBaseException,
  pyError,
  StopIteration,
  SyntaxError,
  SystemExit,
  TypeError,
} from '../objects/exceptions'
import { PyBuiltin } from '../objects/functions'
import { defGetSet, defMethod } from '../objects/native'
import { exceptionStr, nativeRepr, repr, str } from '../objects/repr'
import { newDict, None, typeOf } from '../objects/types'

const exc = (v: PyValue) => v as PyBaseException

function attr(name: string, dflt: (e: PyBaseException) => PyValue = () => None) {
  return [
    (e: PyValue) => exc(e).attrs?.[name] ?? dflt(exc(e)),
    (e: PyValue, v: PyValue) => {
      exc(e).attrs = { ...(exc(e).attrs ?? {}), [name]: v }
    },
  ] as const
}

/** Installs BaseException's methods and the attributes of the builtin exception classes. */
export function installExceptionTypes(): void {
  const B = BaseException
  B.dict.set(
    '__new__',
    new PyBuiltin('__new__', (args, kwn) => {
      const cls = args[0]
      if (!(cls instanceof PyType))
        throw pyError(TypeError, 'BaseException.__new__(X): X is not a type object')
      const e = cls.layout!(cls) as PyBaseException
      e.args = args.slice(1, args.length - (kwn?.length ?? 0))
      return e
    }),
  )
  B.dict.set(
    '__init__',
    new PyBuiltin(
      '__init__',
      (args, kwn) => {
        const e = exc(args[0])
        if (kwn !== null && kwn.length > 0 && e.cls.builtin)
          throw pyError(TypeError, `${e.cls.name}() takes no keyword arguments`)
        e.args = args.slice(1, args.length - (kwn?.length ?? 0))
        if (e.cls.isSubtype(SystemExit))
          e.attrs = {
            ...(e.attrs ?? {}),
            code: e.args.length === 0 ? None : e.args.length === 1 ? e.args[0] : newTuple(e.args),
          }
        if (e.cls.isSubtype(StopIteration)) e.attrs = { ...(e.attrs ?? {}), value: e.args[0] ?? None }
        if (e.cls.isSubtype(SyntaxError) && e.args.length === 2 && e.args[1] instanceof PyTuple) {
          const [filename, lineno, offset, text, endLineno, endOffset] = e.args[1].items
          e.attrs = {
            ...(e.attrs ?? {}),
            msg: e.args[0],
            filename,
            lineno,
            offset,
            text,
            end_lineno: endLineno ?? None,
            end_offset: endOffset ?? None,
          }
        }
        if (e.cls.isSubtype(OSError) && e.args.length >= 2)
          e.attrs = { ...(e.attrs ?? {}), errno: e.args[0], strerror: e.args[1] }
        return None
      },
      true,
    ),
  )
  defMethod(B, '__str__', '(self, /)', ([e]) => exceptionStr(exc(e)), true)
  defMethod(B, '__repr__', '(self, /)', ([e]) => nativeRepr(e), true)
  defGetSet(
    B,
    'args',
    (e) => newTuple(exc(e).args),
    (e, v) => (exc(e).args = v instanceof PyTuple ? [...v.items] : [v]),
  )
  defGetSet(
    B,
    '__cause__',
    (e) => exc(e).cause,
    (e, v) => {
      exc(e).cause = v
      exc(e).suppressContext = true
    },
  )
  defGetSet(
    B,
    '__context__',
    (e) => exc(e).context,
    (e, v) => (exc(e).context = v),
  )
  defGetSet(
    B,
    '__suppress_context__',
    (e) => exc(e).suppressContext,
    (e, v) => (exc(e).suppressContext = v === true),
  )
  defGetSet(
    B,
    '__traceback__',
    (e) => (exc(e).tb.length > 0 ? new TracebackProxy(exc(e)) : None),
    () => undefined,
  )
  defGetSet(B, '__dict__', (e) => (exc(e).dict ??= newDict()))
  defMethod(B, 'with_traceback', '(self, tb, /)', ([e]) => e)
  defGetSet(B, '__notes__', (e) => {
    const notes = exc(e).attrs?.['__notes__']
    if (!Array.isArray(notes)) throw attributeError(e, '__notes__')
    return newList(notes)
  })
  defMethod(
    OSError,
    '__str__',
    '(self, /)',
    ([e]) => {
      const a = exc(e).args
      if (a.length >= 2) return `[Errno ${str(a[0])}] ${str(a[1])}`
      return exceptionStr(exc(e))
    },
    true,
  )
  defMethod(B, 'add_note', '(self, note, /)', ([e, note]) => {
    const notes = exc(e).attrs?.['__notes__']
    exc(e).attrs = { ...(exc(e).attrs ?? {}), __notes__: [...(Array.isArray(notes) ? notes : []), str(note)] }
    return None
  })
  defGetSet(
    SystemExit,
    'code',
    ...attr('code', (e) => (e.args.length === 0 ? None : e.args.length === 1 ? e.args[0] : newTuple(e.args))),
  )
  defGetSet(StopIteration, 'value', ...attr('value', (e) => e.args[0] ?? None))
  defGetSet(AttributeError, 'name', ...attr('name'))
  defGetSet(AttributeError, 'obj', ...attr('obj'))
  defGetSet(NameError, 'name', ...attr('name'))
  defGetSet(ImportError, 'name', ...attr('name'))
  defGetSet(ImportError, 'path', ...attr('path'))
  defGetSet(ImportError, 'msg', ...attr('msg', (e) => e.args[0] ?? None))
  defGetSet(OSError, 'errno', ...attr('errno'))
  defGetSet(OSError, 'strerror', ...attr('strerror'))
  defGetSet(OSError, 'filename', ...attr('filename'))
  for (const k of ['msg', 'filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset'])
    defGetSet(SyntaxError, k, ...attr(k))
  defMethod(
    SyntaxError,
    '__str__',
    '(self, /)',
    ([e]) => {
      const a = exc(e).attrs ?? {}
      if (a['lineno'] === undefined || a['lineno'] === None) return exceptionStr(exc(e))
      return `${str(a['msg'])} (${str(a['filename'])}, line ${str(a['lineno'])})`
    },
    true,
  )
  defMethod(
    KeyError,
    '__str__',
    '(self, /)',
    ([e]) => (exc(e).args.length === 1 ? repr(exc(e).args[0]) : exceptionStr(exc(e))),
    true,
  )
  void typeOf
}

class TracebackProxy extends PyBaseException {
  constructor(readonly e: PyBaseException) {
    super(BaseException)
  }
}
