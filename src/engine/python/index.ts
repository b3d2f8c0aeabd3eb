/**
 * The Python interpreter's public API (see README.md): the interpreter, running scripts, the
 * object model's building blocks for native modules, and errors.
 */
export {
  DEFAULT_STEP_BUDGET,
  Interpreter,
  type InterpreterLimits,
  type InterpreterOptions,
  type ModuleFactory,
  type SourceProvider,
} from './interpreter'
export { runPython, type RunResult } from './run-python'
export { CodeCache } from './code-cache'
export { PythonError, formatTraceback } from './errors'
export { PySyntaxError } from './syntax-error'
export type { NativeModule } from './modules/registry'
export { PyObject, PyType, PyFloat, type PyValue, type KwNames } from './objects/base'
export { PyDict } from './objects/dict'
export {
  PyList,
  PyTuple,
  PySet,
  PyBytes,
  PyRange,
  PySlice,
  newList,
  newTuple,
  newSet,
  newBytes,
} from './objects/containers'
export { PyFunction, PyBuiltin, PyBoundMethod, PyModule, PyProperty } from './objects/functions'
export { PyBaseException, pyError } from './objects/exceptions'
export * as exceptions from './objects/exceptions'
export { None, NotImplemented, Ellipsis, newDict, pyFloat, typeOf } from './objects/types'
export * as types from './objects/types'
export {
  nativeFunction,
  nativeClass,
  newExceptionClass,
  defMethod,
  defGetSet,
  defClassMethod,
  defStaticMethod,
  rawFunction,
  type NativeArgs,
  type NativeClassSpec,
} from './objects/native'
export { getattr, setattr, delattr, getattrOpt, dirNames } from './objects/attributes'
export { call, callKw, callMethod, newClass, newInstance } from './objects/calls'
export { eq, eqBool, lt, truthy, contains } from './objects/compare'
export { hash } from './objects/hashing'
export { getitem, setitem, delitem, len, indexOf } from './objects/items'
export { iter, iterate, nextOf, toArray, PyIter, JsIter } from './objects/iteration'
export { add, sub, mul, binop, asInt, asFloat, norm } from './objects/numbers'
export { repr, str, floatRepr } from './objects/repr'
export { formatValue } from './objects/formatting'
export { isinstance, issubclass } from './builtins/functions'
export { toPy, toJs } from './convert'
