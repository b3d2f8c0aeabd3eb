import { PyObject, type PyType, type PyValue } from './base'
import { makeType, None, objectType } from './types'

/** Where a traceback entry points: a code object's position table index. */
export interface CodeInfo {
  name: string
  qualname: string
  filename: string
  /** Flat positions: [line, col, endLine, endCol, anchorKind, anchorCol, anchorEndCol] per id. */
  positions: number[]
  /** The source lines of the file (for traceback display). */
  lines: string[]
  /** Local variable names (for NameError suggestions). */
  varnames: string[]
}

/** One traceback entry: a frame's code, the position index executing and the frame's id. */
export interface TbEntry {
  code: CodeInfo
  pos: number
  fid: number
}

/** A Python exception instance. Thrown as is (not wrapped) inside the interpreter. */
export class PyBaseException extends PyObject {
  declare args: PyValue[]
  /** Innermost frame first. */
  declare tb: TbEntry[]
  declare cause: PyValue
  declare context: PyValue
  declare suppressContext: boolean
  /** A "Did you mean" hint computed when raised, printed by tracebacks. */
  declare suggestion: string | (() => string | null) | null
  /** Extra per-class attributes (AttributeError's name and obj, NameError's name, ...). */
  declare attrs: Record<string, PyValue> | null
  /** Set when a method lookup failed: the frame's position is the attribute, just after the call's. */
  declare posShift: number
  constructor(cls: PyType) {
    super(cls)
    this.args = []
    this.tb = []
    this.cause = None
    this.context = None
    this.suppressContext = false
    this.suggestion = null
    this.attrs = null
    this.posShift = 0
  }
}

const excLayout = (cls: PyType) => {
  const e = new PyBaseException(cls)
  return e
}

const make = (name: string, base: PyType) => {
  const t = makeType(name, [base], null)
  t.instanceDict = true
  return t
}

export const BaseException = makeType('BaseException', [objectType], excLayout)
BaseException.instanceDict = true
export const SystemExit = make('SystemExit', BaseException)
export const KeyboardInterrupt = make('KeyboardInterrupt', BaseException)
export const GeneratorExit = make('GeneratorExit', BaseException)
export const Exception = make('Exception', BaseException)
export const StopIteration = make('StopIteration', Exception)
export const StopAsyncIteration = make('StopAsyncIteration', Exception)
export const ArithmeticError = make('ArithmeticError', Exception)
export const FloatingPointError = make('FloatingPointError', ArithmeticError)
export const OverflowError = make('OverflowError', ArithmeticError)
export const ZeroDivisionError = make('ZeroDivisionError', ArithmeticError)
export const AssertionError = make('AssertionError', Exception)
export const AttributeError = make('AttributeError', Exception)
export const BufferError = make('BufferError', Exception)
export const EOFError = make('EOFError', Exception)
export const ImportError = make('ImportError', Exception)
export const ModuleNotFoundError = make('ModuleNotFoundError', ImportError)
export const LookupError = make('LookupError', Exception)
export const IndexError = make('IndexError', LookupError)
export const KeyError = make('KeyError', LookupError)
export const MemoryError = make('MemoryError', Exception)
export const NameError = make('NameError', Exception)
export const UnboundLocalError = make('UnboundLocalError', NameError)
export const OSError = make('OSError', Exception)
export const FileNotFoundError = make('FileNotFoundError', OSError)
export const FileExistsError = make('FileExistsError', OSError)
export const PermissionError = make('PermissionError', OSError)
export const TimeoutError = make('TimeoutError', OSError)
export const IsADirectoryError = make('IsADirectoryError', OSError)
export const ReferenceError = make('ReferenceError', Exception)
export const RuntimeError = make('RuntimeError', Exception)
export const NotImplementedError = make('NotImplementedError', RuntimeError)
export const RecursionError = make('RecursionError', RuntimeError)
export const SyntaxError = make('SyntaxError', Exception)
export const IndentationError = make('IndentationError', SyntaxError)
export const TabError = make('TabError', IndentationError)
export const SystemError = make('SystemError', Exception)
export const TypeError = make('TypeError', Exception)
export const ValueError = make('ValueError', Exception)
export const UnicodeError = make('UnicodeError', ValueError)
export const UnicodeDecodeError = make('UnicodeDecodeError', UnicodeError)
export const UnicodeEncodeError = make('UnicodeEncodeError', UnicodeError)
export const Warning = make('Warning', Exception)
export const UserWarning = make('UserWarning', Warning)
export const DeprecationWarning = make('DeprecationWarning', Warning)
export const PendingDeprecationWarning = make('PendingDeprecationWarning', Warning)
export const RuntimeWarning = make('RuntimeWarning', Warning)
export const SyntaxWarning = make('SyntaxWarning', Warning)
export const FutureWarning = make('FutureWarning', Warning)
export const ImportWarning = make('ImportWarning', Warning)
export const UnicodeWarning = make('UnicodeWarning', Warning)
export const BytesWarning = make('BytesWarning', Warning)
export const ResourceWarning = make('ResourceWarning', Warning)

/** Every builtin exception class by name (for the builtins module). */
export const EXCEPTION_TYPES: PyType[] = [
  BaseException,
  SystemExit,
  KeyboardInterrupt,
  GeneratorExit,
  Exception,
  StopIteration,
  StopAsyncIteration,
  ArithmeticError,
  FloatingPointError,
  OverflowError,
  ZeroDivisionError,
  AssertionError,
  AttributeError,
  BufferError,
  EOFError,
  ImportError,
  ModuleNotFoundError,
  LookupError,
  IndexError,
  KeyError,
  MemoryError,
  NameError,
  UnboundLocalError,
  OSError,
  FileNotFoundError,
  FileExistsError,
  PermissionError,
  TimeoutError,
  IsADirectoryError,
  ReferenceError,
  RuntimeError,
  NotImplementedError,
  RecursionError,
  SyntaxError,
  IndentationError,
  TabError,
  SystemError,
  TypeError,
  ValueError,
  UnicodeError,
  UnicodeDecodeError,
  UnicodeEncodeError,
  Warning,
  UserWarning,
  DeprecationWarning,
  PendingDeprecationWarning,
  RuntimeWarning,
  SyntaxWarning,
  FutureWarning,
  ImportWarning,
  UnicodeWarning,
  BytesWarning,
  ResourceWarning,
]

/** A new exception instance of a builtin or user class with the given args (no __init__ call). */
export function pyError(cls: PyType, ...args: PyValue[]): PyBaseException {
  const e = (cls.layout ?? excLayout)(cls) as PyBaseException
  e.args = args
  if (cls.instanceDict && e.dict === null) e.dict = null
  return e
}
