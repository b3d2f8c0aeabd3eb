import { PyFloat, PyType, type PyValue } from '../objects/base'
import { call } from '../objects/calls'
import { eqBool, lt, truthy } from '../objects/compare'
import { listType, newList, newTuple, PyList, PyTuple, tupleType } from '../objects/containers'
import { IndexError, pyError, TypeError, ValueError } from '../objects/exceptions'
import { PyBuiltin } from '../objects/functions'
import { delitem, getitem, indexOf, len, setitem } from '../objects/items'
import {
  iter,
  JsIter,
  SeqIter,
  listIteratorType,
  toArray,
  tupleIteratorType,
  iteratorType,
} from '../objects/iteration'
import { binop, inplace } from '../objects/numbers'
import { defMethod, defStaticMethod } from '../objects/native'
import { nativeRepr, repr } from '../objects/repr'
import { newDict, None, typeOf } from '../objects/types'

/** Orders ints, strs, floats and tuples of them without Python dispatch; undefined otherwise. */
function fastCompare(a: PyValue, b: PyValue): number | undefined {
  if ((typeof a === 'number' && typeof b === 'number') || (typeof a === 'string' && typeof b === 'string')) {
    return a < b ? -1 : a > b ? 1 : 0
  }
  if (a instanceof PyTuple && b instanceof PyTuple && a.cls === tupleType && b.cls === tupleType) {
    const n = Math.min(a.items.length, b.items.length)
    for (let i = 0; i < n; i++) {
      const c = fastCompare(a.items[i], b.items[i])
      if (c !== 0) return c
    }
    return a.items.length - b.items.length
  }
  return undefined
}

/** Sorts values in place with Python's `<` (stable), optionally by key and reversed. */
export function sortValues(items: PyValue[], key: PyValue, reverse: boolean): PyValue[] {
  const keys = key === None || key === undefined ? items : items.map((x) => call(key, [x], null))
  const idx = items.map((_, i) => i)
  const allNum = keys.every((k) => typeof k === 'number' || k instanceof PyFloat)
  const allStr = !allNum && keys.every((k) => typeof k === 'string')
  let cmp: (a: number, b: number) => number
  if (allNum) {
    const v = keys.map((k) => (typeof k === 'number' ? k : (k as PyFloat).v))
    cmp = (a, b) => (v[a]! < v[b]! ? -1 : v[a]! > v[b]! ? 1 : 0)
  } else if (allStr) cmp = (a, b) => (keys[a] < keys[b] ? -1 : keys[a] > keys[b] ? 1 : 0)
  else
    cmp = (a, b) => {
      const c = fastCompare(keys[a], keys[b])
      if (c !== undefined) return c
      return truthy(lt(keys[a], keys[b])) ? -1 : truthy(lt(keys[b], keys[a])) ? 1 : 0
    }
  if (reverse) {
    const base = cmp
    cmp = (a, b) => base(b, a)
  }
  idx.sort(cmp)
  return idx.map((i) => items[i])
}

const list = (v: PyValue) => v as PyList

function index(items: PyValue[], x: PyValue, start: PyValue, stop: PyValue, what: string): number {
  const n = items.length
  let a = start === undefined ? 0 : indexOf(start)!
  let b = stop === undefined ? n : indexOf(stop)!
  if (a < 0) a = Math.max(0, a + n)
  if (b < 0) b = Math.max(0, b + n)
  for (let i = a; i < Math.min(b, n); i++) if (items[i] === x || eqBool(items[i], x)) return i
  throw pyError(ValueError, what)
}

/** Installs list's and tuple's constructors and methods. */
export function installListTypes(): void {
  const L = listType
  L.dict.set(
    '__init__',
    new PyBuiltin(
      '__init__',
      (args, kwn) => {
        if (kwn !== null && kwn.length > 0) throw pyError(TypeError, 'list() takes no keyword arguments')
        if (args.length > 2)
          throw pyError(TypeError, `list expected at most 1 argument, got ${args.length - 1}`)
        const self = list(args[0])
        self.items = args.length > 1 ? toArray(args[1]) : []
        return None
      },
      true,
    ),
  )
  defMethod(L, 'append', '(self, object, /)', ([s, x]) => {
    list(s).items.push(x)
    return None
  })
  defMethod(L, 'extend', '(self, iterable, /)', ([s, it]) => {
    const items = toArray(it)
    for (const x of items) list(s).items.push(x)
    return None
  })
  defMethod(L, 'insert', '(self, index, object, /)', ([s, i, x]) => {
    const items = list(s).items
    let k = indexOf(i)!
    if (k < 0) k = Math.max(0, k + items.length)
    items.splice(Math.min(k, items.length), 0, x)
    return None
  })
  defMethod(L, 'remove', '(self, value, /)', ([s, x]) => {
    const items = list(s).items
    items.splice(index(items, x, undefined, undefined, 'list.remove(x): x not in list'), 1)
    return None
  })
  defMethod(L, 'pop', '(self, index=-1, /)', ([s, i]) => {
    const items = list(s).items
    if (items.length === 0) throw pyError(IndexError, 'pop from empty list')
    let k = indexOf(i)!
    if (k < 0) k += items.length
    if (k < 0 || k >= items.length) throw pyError(IndexError, 'pop index out of range')
    return items.splice(k, 1)[0]
  })
  defMethod(L, 'index', '(self, value, start=?, stop=?, /)', ([s, x, a, b]) =>
    index(list(s).items, x, a, b, `${repr(x)} is not in list`),
  )
  defMethod(
    L,
    'count',
    '(self, value, /)',
    ([s, x]) => list(s).items.filter((y) => y === x || eqBool(y, x)).length,
  )
  defMethod(L, 'sort', '(self, /, *, key=None, reverse=False)', ([s, key, rev]) => {
    const l = list(s)
    const items = l.items
    l.items = []
    try {
      const sorted = sortValues(items, key, truthy(rev))
      if (l.items.length > 0) throw pyError(ValueError, 'list modified during sort')
      l.items = sorted
    } catch (e) {
      l.items = items
      throw e
    }
    return None
  })
  defMethod(L, 'reverse', '(self, /)', ([s]) => {
    list(s).items.reverse()
    return None
  })
  defMethod(L, 'copy', '(self, /)', ([s]) => newList(list(s).items.slice()))
  defMethod(L, 'clear', '(self, /)', ([s]) => {
    list(s).items = []
    return None
  })
  defMethod(L, '__len__', '(self, /)', ([s]) => list(s).items.length, true)
  defMethod(L, '__getitem__', '(self, index, /)', ([s, k]) => getitem(newList(list(s).items), k), true)
  defMethod(
    L,
    '__setitem__',
    '(self, index, value, /)',
    ([s, k, v]) => {
      const tmp = newList(list(s).items)
      setitem(tmp, k, v)
      list(s).items = tmp.items
      return None
    },
    true,
  )
  defMethod(
    L,
    '__delitem__',
    '(self, index, /)',
    ([s, k]) => {
      const tmp = newList(list(s).items)
      delitem(tmp, k)
      list(s).items = tmp.items
      return None
    },
    true,
  )
  defMethod(
    L,
    '__contains__',
    '(self, key, /)',
    ([s, k]) => list(s).items.some((x) => x === k || eqBool(x, k)),
    true,
  )
  defMethod(L, '__iter__', '(self, /)', ([s]) => new SeqIter(listIteratorType, list(s)), true)
  defMethod(
    L,
    '__reversed__',
    '(self, /)',
    ([s]) => new JsIter(iteratorType, list(s).items.slice().reverse()[Symbol.iterator]()),
    true,
  )
  defMethod(L, '__add__', '(self, value, /)', ([s, v]) => binop(newList(list(s).items), v, '+'), true)
  defMethod(L, '__iadd__', '(self, value, /)', ([s, v]) => inplace(s, v, '+'), true)
  defMethod(L, '__mul__', '(self, value, /)', ([s, v]) => binop(newList(list(s).items), v, '*'), true)
  defMethod(L, '__repr__', '(self, /)', ([s]) => nativeRepr(newList(list(s).items)), true)
  defMethod(
    L,
    '__eq__',
    '(self, value, /)',
    ([s, v]) => v instanceof PyList && eqBool(newList(list(s).items), newList(v.items)),
    true,
  )
  L.dict.set('__hash__', None)

  const T = tupleType
  defStaticMethod(T, '__new__', '(cls, iterable=(), /)', ([cls, it]) => {
    const items = toArray(it)
    if (cls === tupleType) return it instanceof PyTuple && it.cls === tupleType ? it : newTuple(items)
    const t = new PyTuple(cls as PyType, items)
    t.dict = (cls as PyType).instanceDict ? newDict() : null
    return t
  })
  defMethod(T, 'index', '(self, value, start=?, stop=?, /)', ([s, x, a, b]) =>
    index((s as PyTuple).items, x, a, b, 'tuple.index(x): x not in tuple'),
  )
  defMethod(
    T,
    'count',
    '(self, value, /)',
    ([s, x]) => (s as PyTuple).items.filter((y) => y === x || eqBool(y, x)).length,
  )
  defMethod(T, '__len__', '(self, /)', ([s]) => (s as PyTuple).items.length, true)
  defMethod(T, '__getitem__', '(self, key, /)', ([s, k]) => getitem(newTuple((s as PyTuple).items), k), true)
  defMethod(T, '__iter__', '(self, /)', ([s]) => new SeqIter(tupleIteratorType, s as PyTuple), true)
  defMethod(
    T,
    '__contains__',
    '(self, key, /)',
    ([s, k]) => (s as PyTuple).items.some((x) => x === k || eqBool(x, k)),
    true,
  )
  defMethod(T, '__add__', '(self, value, /)', ([s, v]) => binop(newTuple((s as PyTuple).items), v, '+'), true)
  defMethod(T, '__repr__', '(self, /)', ([s]) => nativeRepr(newTuple((s as PyTuple).items)), true)
  void len
  void iter
  void typeOf
}
