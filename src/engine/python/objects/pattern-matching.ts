import { PyObject, PyType, type PyValue } from './base'
import { isinstance } from '../builtins/functions'
import { getattrOpt } from './attributes'
import { callMethod } from './calls'
import { newTuple, PyList, PyRange, PyTuple } from './containers'
import { PyDict } from './dict'
import { pyError, TypeError, ValueError } from './exceptions'
import { len } from './items'
import { toArray } from './iteration'
import { repr } from './repr'
import { newDict, objectType, typeOf } from './types'

/** Builtin classes whose single positional sub-pattern matches the subject itself (`case int(n)`). */
const SELF_MATCHING = new Set([
  'bool',
  'bytearray',
  'bytes',
  'dict',
  'float',
  'frozenset',
  'int',
  'list',
  'set',
  'str',
  'tuple',
])

const hasBase = (t: PyType, names: string[]): boolean => t.mro.some((m) => names.includes(m.name))

/** Whether a sequence pattern may match the subject (list, tuple, range, deque, collections.abc.Sequence). */
function isSequence(v: PyValue): boolean {
  if (v instanceof PyList || v instanceof PyTuple || v instanceof PyRange) return true
  return v instanceof PyObject && hasBase(v.cls, ['deque', 'Sequence', 'MutableSequence'])
}

/** Whether a mapping pattern may match the subject (dict and its subclasses, collections.abc.Mapping). */
function isMapping(v: PyValue): boolean {
  if (v instanceof PyDict) return true
  return v instanceof PyObject && hasBase(v.cls, ['Mapping', 'MutableMapping'])
}

/**
 * The items of a sequence subject when its length fits the pattern: exactly `count` items, or
 * at least `count - 1` when the pattern has a star; null when the pattern cannot match.
 */
export function matchSequence(subject: PyValue, count: number, starred: boolean): PyValue[] | null {
  if (!isSequence(subject)) return null
  const n = len(subject)
  if (starred ? n < count - 1 : n !== count) return null
  return subject instanceof PyList || subject instanceof PyTuple ? subject.items.slice() : toArray(subject)
}

/** The default passed to a mapping's `get` to tell an absent key from a None value. */
const MISSING = new PyObject(objectType)

/** The values of `keys` in a mapping subject, or null when it is not a mapping or a key is absent. */
export function matchMapping(subject: PyValue, keys: PyValue[]): PyValue[] | null {
  if (!isMapping(subject)) return null
  const seen = newDict()
  for (const k of keys) {
    if (seen.has(k)) throw pyError(ValueError, `mapping pattern checks duplicate key (${repr(k)})`)
    seen.set(k, true)
  }
  const values: PyValue[] = []
  for (const k of keys) {
    const v = subject instanceof PyDict ? subject.get(k) : callMethod(subject, 'get', [k, MISSING], null)
    if (v === undefined || v === MISSING) return null
    values.push(v)
  }
  return values
}

/** The `**rest` of a mapping pattern: a new dict of the subject's other items. */
export function mappingRest(subject: PyValue, keys: PyValue[]): PyDict {
  const rest = newDict()
  const items =
    subject instanceof PyDict
      ? subject.entries()
      : toArray(callMethod(subject, 'items', [], null)).map((t) => (t as PyTuple).items as [PyValue, PyValue])
  for (const [k, v] of items) rest.set(k, v)
  for (const k of keys) rest.delete(k)
  return rest
}

/**
 * The attribute values a class pattern matches against: the positional sub-patterns' values (through
 * `__match_args__`) then the keyword ones; null when the subject is not an instance or lacks an attribute.
 */
export function matchClass(
  subject: PyValue,
  cls: PyValue,
  positional: number,
  keywords: string[],
): PyValue[] | null {
  if (!(cls instanceof PyType)) throw pyError(TypeError, 'called match pattern must be a type')
  if (!isinstance(subject, cls)) return null
  const names: string[] = []
  const values: PyValue[] = []
  if (positional > 0) {
    if (cls.builtin && SELF_MATCHING.has(cls.name) && cls.mro.every((m) => m.builtin)) {
      if (positional > 1)
        throw pyError(TypeError, `${cls.name}() accepts 1 positional sub-pattern (${positional} given)`)
      values.push(subject)
    } else {
      const matchArgs = getattrOpt(cls, '__match_args__') ?? newTuple([])
      if (!(matchArgs instanceof PyTuple))
        throw pyError(TypeError, `${cls.name}.__match_args__ must be a tuple (got ${typeOf(matchArgs).name})`)
      if (positional > matchArgs.items.length) {
        const n = matchArgs.items.length
        throw pyError(
          TypeError,
          `${cls.name}() accepts ${n} positional sub-pattern${n === 1 ? '' : 's'} (${positional} given)`,
        )
      }
      for (const name of matchArgs.items.slice(0, positional)) {
        if (typeof name !== 'string')
          throw pyError(TypeError, `__match_args__ elements must be strings (got ${typeOf(name).name})`)
        names.push(name)
      }
    }
  }
  for (const name of keywords) {
    if (names.includes(name))
      throw pyError(TypeError, `${cls.name}() got multiple sub-patterns for attribute '${name}'`)
    names.push(name)
  }
  for (const name of names) {
    const v = getattrOpt(subject, name)
    if (v === undefined) return null
    values.push(v)
  }
  return values
}
