import { PyObject, PyType, type KwNames, type PyValue } from '../objects/base'
import { call, callMethod } from '../objects/calls'
import { contains, eqBool, richCompare } from '../objects/compare'
import { frozensetType, newList, newSet, newTuple, PySet, PyTuple, setType } from '../objects/containers'
import { PyDict } from '../objects/dict'
import { KeyError, PyBaseException, pyError, TypeError, ValueError } from '../objects/exceptions'
import { PyBuiltin } from '../objects/functions'
import { getitem, keyError } from '../objects/items'
import {
  DictIter,
  dictKeyIteratorType,
  iterate,
  iteratorType,
  JsIter,
  toArray,
  setIteratorType,
} from '../objects/iteration'
import { binop } from '../objects/numbers'
import { defClassMethod, defMethod } from '../objects/native'
import { nativeRepr, repr } from '../objects/repr'
import { dictType, makeType, None, NotImplemented, objectType, typeOf } from '../objects/types'

/** A live view of a dict's keys, values or items. */
export class PyDictView extends PyObject {
  constructor(
    cls: PyType,
    readonly d: PyDict,
    readonly mode: 'keys' | 'values' | 'items',
  ) {
    super(cls)
  }
}

export const dictKeysType = makeType('dict_keys', [objectType], null)
export const dictValuesType = makeType('dict_values', [objectType], null)
export const dictItemsType = makeType('dict_items', [objectType], null)
const itemsIterType = makeType('dict_itemiterator', [objectType], null)
const valuesIterType = makeType('dict_valueiterator', [objectType], null)

const pair = (k: PyValue, v: PyValue) => newTuple([k, v])

/** Fills a dict from dict() / update() arguments. */
export function updateDict(d: PyDict, args: PyValue[], kwn: KwNames, what: string): void {
  const npos = args.length - (kwn?.length ?? 0)
  if (npos > 1) throw pyError(TypeError, `${what} expected at most 1 argument, got ${npos}`)
  if (npos === 1) {
    const src = args[0]
    if (
      src instanceof PyDict &&
      (src.cls.builtin || typeOf(src).lookup('keys') === dictType.dict.m.get('keys'))
    ) {
      for (const [k, v] of src.entries()) d.set(k, v)
    } else if (typeOf(src).lookup('keys') !== undefined) {
      for (const k of toArray(callMethod(src, 'keys', [undefined], null))) d.set(k, getitem(src, k))
    } else {
      let i = 0
      for (const item of iterate(src)) {
        let kv: PyValue[]
        try {
          kv = toArray(item)
        } catch (e) {
          if (e instanceof PyBaseException && e.cls === TypeError)
            throw pyError(TypeError, `cannot convert dictionary update sequence element #${i} to a sequence`)
          throw e
        }
        if (kv.length !== 2)
          throw pyError(
            ValueError,
            `dictionary update sequence element #${i} has length ${kv.length}; 2 is required`,
          )
        d.set(kv[0], kv[1])
        i++
      }
    }
  }
  kwn?.forEach((k, i) => d.set(k, args[npos + i]))
}

const dict = (v: PyValue) => v as PyDict

/** Installs dict, its views, set and frozenset. */
export function installDictTypes(): void {
  const D = dictType
  D.dict.set(
    '__init__',
    new PyBuiltin(
      '__init__',
      (args, kwn) => {
        updateDict(dict(args[0]), args.slice(1), kwn, 'dict')
        return None
      },
      true,
    ),
  )
  defMethod(D, 'keys', '(self, /)', ([s]) => new PyDictView(dictKeysType, dict(s), 'keys'))
  defMethod(D, 'values', '(self, /)', ([s]) => new PyDictView(dictValuesType, dict(s), 'values'))
  defMethod(D, 'items', '(self, /)', ([s]) => new PyDictView(dictItemsType, dict(s), 'items'))
  defMethod(D, 'get', '(self, key, default=None, /)', ([s, k, d]) => dict(s).get(k) ?? d)
  defMethod(D, 'setdefault', '(self, key, default=None, /)', ([s, k, d]) => {
    const v = dict(s).get(k)
    if (v !== undefined) return v
    dict(s).set(k, d)
    return d
  })
  defMethod(D, 'pop', '(self, key, default=?, /)', ([s, k, d]) => {
    const v = dict(s).delete(k)
    if (v !== undefined) return v
    if (d !== undefined) return d
    throw keyError(k)
  })
  defMethod(D, 'popitem', '(self, /)', ([s]) => {
    const d = dict(s)
    if (d.size === 0) throw pyError(KeyError, 'popitem(): dictionary is empty')
    const last = [...d.entries()].pop()!
    d.delete(last[0])
    return newTuple(last)
  })
  D.dict.set(
    'update',
    new PyBuiltin(
      'update',
      (args, kwn) => {
        updateDict(dict(args[0]), args.slice(1), kwn, 'update')
        return None
      },
      true,
    ),
  )
  defMethod(D, 'copy', '(self, /)', ([s]) => dict(s).copy(dictType))
  defMethod(D, 'clear', '(self, /)', ([s]) => {
    dict(s).clear()
    return None
  })
  defClassMethod(D, 'fromkeys', '(cls, iterable, value=None, /)', ([cls, it, v]) => {
    const d = call(cls, [], null) as PyDict
    for (const k of iterate(it)) d.set(k, v)
    return d
  })
  defMethod(D, '__len__', '(self, /)', ([s]) => dict(s).size, true)
  defMethod(
    D,
    '__getitem__',
    '(self, key, /)',
    ([s, k]) => {
      const v = dict(s).get(k)
      if (v === undefined) throw keyError(k)
      return v
    },
    true,
  )
  defMethod(
    D,
    '__setitem__',
    '(self, key, value, /)',
    ([s, k, v]) => {
      dict(s).set(k, v)
      return None
    },
    true,
  )
  defMethod(
    D,
    '__delitem__',
    '(self, key, /)',
    ([s, k]) => {
      if (dict(s).delete(k) === undefined) throw keyError(k)
      return None
    },
    true,
  )
  defMethod(D, '__contains__', '(self, key, /)', ([s, k]) => dict(s).has(k), true)
  defMethod(
    D,
    '__iter__',
    '(self, /)',
    ([s]) => new DictIter(dictKeyIteratorType, dict(s), 'keys', pair),
    true,
  )
  defMethod(D, '__repr__', '(self, /)', ([s]) => nativeRepr(dict(s).copy(dictType)), true)
  defMethod(
    D,
    '__eq__',
    '(self, value, /)',
    ([s, v]) =>
      v instanceof PyDict ? richCompare(dict(s).copy(dictType), v.copy(dictType), '__eq__') : NotImplemented,
    true,
  )
  defMethod(D, '__or__', '(self, value, /)', ([s, v]) => binop(dict(s).copy(dictType), v, '|'), true)
  D.dict.set('__hash__', None)
  defMethod(
    D,
    '__reversed__',
    '(self, /)',
    ([s]) => new JsIter(iteratorType, [...dict(s).keys()].reverse()[Symbol.iterator]()),
    true,
  )

  const viewIter = (v: PyDictView) =>
    new DictIter(
      v.mode === 'keys' ? dictKeyIteratorType : v.mode === 'values' ? valuesIterType : itemsIterType,
      v.d,
      v.mode,
      pair,
    )
  for (const V of [dictKeysType, dictValuesType, dictItemsType]) {
    defMethod(V, '__iter__', '(self, /)', ([s]) => viewIter(s as PyDictView), true)
    defMethod(V, '__len__', '(self, /)', ([s]) => (s as PyDictView).d.size, true)
    defMethod(
      V,
      '__repr__',
      '(self, /)',
      ([s]) => `${V.name}(${repr(newList(toArray(viewIter(s as PyDictView))))})`,
      true,
    )
    defMethod(
      V,
      '__reversed__',
      '(self, /)',
      ([s]) =>
        newList(toArray(viewIter(s as PyDictView)).reverse()).items.length >= 0
          ? callMethod(newList(toArray(viewIter(s as PyDictView)).reverse()), '__iter__', [undefined], null)
          : None,
      true,
    )
  }
  defMethod(dictKeysType, '__contains__', '(self, key, /)', ([s, k]) => (s as PyDictView).d.has(k), true)
  defMethod(
    dictItemsType,
    '__contains__',
    '(self, item, /)',
    ([s, item]) => {
      if (!(item instanceof PyTuple) || item.items.length !== 2) return false
      const v = (s as PyDictView).d.get(item.items[0])
      return v !== undefined && eqBool(v, item.items[1])
    },
    true,
  )
  for (const op of ['__or__', '__and__', '__sub__', '__xor__'] as const) {
    const sym = { __or__: '|', __and__: '&', __sub__: '-', __xor__: '^' }[op]
    defMethod(
      dictKeysType,
      op,
      '(self, other, /)',
      ([s, o]) => binop(newSet(toArray(viewIter(s as PyDictView))), newSet(toArray(o)), sym),
      true,
    )
    defMethod(
      dictItemsType,
      op,
      '(self, other, /)',
      ([s, o]) => binop(newSet(toArray(viewIter(s as PyDictView))), newSet(toArray(o)), sym),
      true,
    )
  }

  installSetTypes()
}

const set = (v: PyValue) => v as PySet

function installSetTypes(): void {
  for (const S of [setType, frozensetType]) {
    const frozen = S === frozensetType
    S.dict.set(
      '__init__',
      new PyBuiltin(
        '__init__',
        (args, kwn) => {
          if (kwn !== null && kwn.length > 0)
            throw pyError(TypeError, `${S.name}() takes no keyword arguments`)
          if (args.length > 2)
            throw pyError(TypeError, `${S.name} expected at most 1 argument, got ${args.length - 1}`)
          const s = set(args[0])
          if (!frozen || s.table.size === 0) {
            s.table.clear()
            if (args.length > 1) for (const x of iterate(args[1])) s.table.set(x, true)
          }
          return None
        },
        true,
      ),
    )
    const make = (s: PySet, items: Iterable<PyValue>) => {
      const r = newSet(items, frozen)
      if (!s.cls.builtin) r.cls = s.cls.builtin ? s.cls : frozen ? frozensetType : setType
      return r
    }
    defMethod(S, 'copy', '(self, /)', ([s]) => make(set(s), set(s).table.keys()))
    defMethod(S, 'union', '(self, /, *others)', ([s, others]) => {
      const r = make(set(s), set(s).table.keys())
      for (const o of (others as PyTuple).items) for (const x of iterate(o)) r.table.set(x, true)
      return r
    })
    defMethod(S, 'intersection', '(self, /, *others)', ([s, others]) => {
      let keys = [...set(s).table.keys()]
      for (const o of (others as PyTuple).items) {
        const other = newSet(iterate(o))
        keys = keys.filter((k) => other.table.has(k))
      }
      return make(set(s), keys)
    })
    defMethod(S, 'difference', '(self, /, *others)', ([s, others]) => {
      let keys = [...set(s).table.keys()]
      for (const o of (others as PyTuple).items) {
        const other = newSet(iterate(o))
        keys = keys.filter((k) => !other.table.has(k))
      }
      return make(set(s), keys)
    })
    defMethod(S, 'symmetric_difference', '(self, other, /)', ([s, o]) =>
      binop(set(s), newSet(iterate(o), frozen), '^'),
    )
    defMethod(S, 'issubset', '(self, other, /)', ([s, o]) => {
      const other = newSet(iterate(o))
      return [...set(s).table.keys()].every((k) => other.table.has(k))
    })
    defMethod(S, 'issuperset', '(self, other, /)', ([s, o]) => toArray(o).every((k) => set(s).table.has(k)))
    defMethod(S, 'isdisjoint', '(self, other, /)', ([s, o]) => toArray(o).every((k) => !set(s).table.has(k)))
    defMethod(S, '__len__', '(self, /)', ([s]) => set(s).table.size, true)
    defMethod(S, '__contains__', '(self, key, /)', ([s, k]) => set(s).table.has(k), true)
    defMethod(
      S,
      '__iter__',
      '(self, /)',
      ([s]) => new DictIter(setIteratorType, set(s).table, 'keys', pair),
      true,
    )
    defMethod(S, '__repr__', '(self, /)', ([s]) => nativeRepr(newSet(set(s).table.keys(), frozen)), true)
  }
  const S = setType
  defMethod(S, 'add', '(self, object, /)', ([s, x]) => {
    set(s).table.set(x, true)
    return None
  })
  defMethod(S, 'remove', '(self, object, /)', ([s, x]) => {
    if (set(s).table.delete(x) === undefined) throw keyError(x)
    return None
  })
  defMethod(S, 'discard', '(self, object, /)', ([s, x]) => {
    set(s).table.delete(x)
    return None
  })
  defMethod(S, 'pop', '(self, /)', ([s]) => {
    const first = set(s).table.keys().next()
    if (first.done) throw pyError(KeyError, 'pop from an empty set')
    set(s).table.delete(first.value)
    return first.value
  })
  defMethod(S, 'clear', '(self, /)', ([s]) => {
    set(s).table.clear()
    return None
  })
  defMethod(S, 'update', '(self, /, *others)', ([s, others]) => {
    for (const o of (others as PyTuple).items) for (const x of iterate(o)) set(s).table.set(x, true)
    return None
  })
  const inplaceOp = (name: string, method: string) =>
    defMethod(S, name, '(self, /, *others)', ([s, others]) => {
      const r = callMethod(s, method, [undefined, ...(others as PyTuple).items], null) as PySet
      set(s).table = r.table
      return None
    })
  inplaceOp('intersection_update', 'intersection')
  inplaceOp('difference_update', 'difference')
  defMethod(S, 'symmetric_difference_update', '(self, other, /)', ([s, o]) => {
    set(s).table = (binop(set(s), newSet(iterate(o)), '^') as PySet).table
    return None
  })
  S.dict.set('__hash__', None)
  void contains
}
