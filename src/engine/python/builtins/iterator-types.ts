import { PyObject, PyType, type PyValue } from '../objects/base'
import { call } from '../objects/calls'
import { truthy, userMethod } from '../objects/compare'
import {
  PyList,
  newBytes,
  newRange,
  newSlice,
  newTuple,
  PyBytes,
  PyRange,
  PySlice,
  PyTuple,
  bytesType,
  rangeType,
  sliceType,
} from '../objects/containers'
import { pyError, TypeError, ValueError } from '../objects/exceptions'
import { PyGenerator } from '../objects/generator'
import { getitem, indexOf, len, sliceIndices } from '../objects/items'
import { generatorType, iter, iterate, JsIter, PyIter, toArray } from '../objects/iteration'
import { defGetSet, defMethod, defStaticMethod } from '../objects/native'
import { decodeBytes, encode, asStr } from './str-type'
import { makeType, None, objectType, typeOf } from '../objects/types'

const iterType = (name: string) => {
  const t = makeType(name, [objectType], null)
  return t
}

export const enumerateType = iterType('enumerate')
export const zipType = iterType('zip')
export const mapType = iterType('map')
export const filterType = iterType('filter')
export const reversedType = iterType('reversed')

function* enumerateGen(it: PyIter, start: PyValue): Generator<PyValue> {
  let i = start
  for (;;) {
    const x = it.nx()
    if (x === undefined) return
    yield newTuple([i, x])
    i = typeof i === 'number' ? i + 1 : call(typeOf(i).lookup('__add__'), [i, 1], null)
  }
}

function* zipGen(its: PyIter[], strict: boolean): Generator<PyValue> {
  if (its.length === 0) return
  for (;;) {
    const row: PyValue[] = []
    for (let k = 0; k < its.length; k++) {
      const x = its[k]!.nx()
      if (x === undefined) {
        if (strict) {
          if (k > 0)
            throw pyError(
              ValueError,
              `zip() argument ${k + 1} is shorter than argument${k > 1 ? 's 1-' + k : ' 1'}`,
            )
          for (let j = 1; j < its.length; j++) {
            if (its[j]!.nx() !== undefined)
              throw pyError(
                ValueError,
                `zip() argument ${j + 1} is longer than argument${j > 1 ? 's 1-' + j : ' 1'}`,
              )
          }
        }
        return
      }
      row.push(x)
    }
    yield newTuple(row)
  }
}

function* mapGen(f: PyValue, its: PyIter[]): Generator<PyValue> {
  for (;;) {
    const args: PyValue[] = []
    for (const it of its) {
      const x = it.nx()
      if (x === undefined) return
      args.push(x)
    }
    yield call(f, args, null)
  }
}

function* filterGen(f: PyValue, it: PyIter): Generator<PyValue> {
  for (;;) {
    const x = it.nx()
    if (x === undefined) return
    if (f === None ? truthy(x) : truthy(call(f, [x], null))) yield x
  }
}

/** reversed(seq). */
export function reversedOf(seq: PyValue): PyIter {
  const t = typeOf(seq)
  const r = userMethod(t, '__reversed__')
  if (r !== undefined) return iter(call(r, [seq], null))
  if (seq instanceof PyList) return new JsIter(reversedType, seq.items.slice().reverse()[Symbol.iterator]())
  if (seq instanceof PyRange) {
    const n = seq.length
    return iter(newRange(seq.start + (n - 1) * seq.step, seq.start - seq.step, -seq.step))
  }
  const builtinReversed = t.builtin ? t.lookup('__reversed__') : undefined
  if (builtinReversed !== undefined) return iter(call(builtinReversed, [seq], null))
  if (
    (t.lookup('__len__') === undefined || t.lookup('__getitem__') === undefined) &&
    typeof seq !== 'string' &&
    !(seq instanceof PyTuple)
  ) {
    throw pyError(TypeError, `'${t.name}' object is not reversible`)
  }
  const n = len(seq)
  function* gen() {
    for (let i = n - 1; i >= 0; i--) yield getitem(seq, i)
  }
  return new JsIter(reversedType, gen())
}

/** Installs enumerate, zip, map, filter, reversed, range, slice, bytes and generator methods. */
export function installIteratorTypes(): void {
  defStaticMethod(
    enumerateType,
    '__new__',
    '(cls, iterable, start=0)',
    ([, it, start]) => new JsIter(enumerateType, enumerateGen(iter(it), start)),
  )
  defStaticMethod(
    zipType,
    '__new__',
    '(cls, *iterables, strict=False)',
    ([, its, strict]) => new JsIter(zipType, zipGen((its as PyTuple).items.map(iter), truthy(strict))),
  )
  defStaticMethod(
    mapType,
    '__new__',
    '(cls, func, iterable, /, *iterables)',
    ([, f, it, more]) => new JsIter(mapType, mapGen(f, [iter(it), ...(more as PyTuple).items.map(iter)])),
  )
  defStaticMethod(
    filterType,
    '__new__',
    '(cls, function, iterable, /)',
    ([, f, it]) => new JsIter(filterType, filterGen(f, iter(it))),
  )
  defStaticMethod(reversedType, '__new__', '(cls, sequence, /)', ([, s]) => reversedOf(s))
  for (const t of [enumerateType, zipType, mapType, filterType, reversedType]) {
    defMethod(t, '__iter__', '(self, /)', ([s]) => s, true)
  }

  defStaticMethod(rangeType, '__new__', '(cls, start, stop=?, step=?, /)', ([, a, b, c]) => {
    const conv = (v: PyValue) => {
      const n = indexOf(v)
      if (n === undefined)
        throw pyError(TypeError, `'${typeOf(v).name}' object cannot be interpreted as an integer`)
      return n
    }
    if (b === undefined) return newRange(0, conv(a), 1)
    const step = c === undefined ? 1 : conv(c)
    if (step === 0) throw pyError(ValueError, 'range() arg 3 must not be zero')
    return newRange(conv(a), conv(b), step)
  })
  defGetSet(rangeType, 'start', (r) => (r as PyRange).start)
  defGetSet(rangeType, 'stop', (r) => (r as PyRange).stop)
  defGetSet(rangeType, 'step', (r) => (r as PyRange).step)
  defMethod(rangeType, 'index', '(self, value, /)', ([r, v]) => {
    const x = indexOf(v)
    const R = r as PyRange
    if (x !== undefined) {
      const k = (x - R.start) / R.step
      if (Number.isInteger(k) && k >= 0 && k < R.length) return k
    }
    throw pyError(ValueError, `${typeof v === 'number' ? v : '?'} is not in range`)
  })
  defMethod(rangeType, 'count', '(self, value, /)', ([r, v]) => (toArray(r).includes(v) ? 1 : 0))
  defMethod(rangeType, '__len__', '(self, /)', ([r]) => (r as PyRange).length, true)

  defStaticMethod(sliceType, '__new__', '(cls, start, stop=?, step=None, /)', ([, a, b, c]) =>
    b === undefined ? newSlice(None, a, None) : newSlice(a, b, c),
  )
  defGetSet(sliceType, 'start', (s) => (s as PySlice).start)
  defGetSet(sliceType, 'stop', (s) => (s as PySlice).stop)
  defGetSet(sliceType, 'step', (s) => (s as PySlice).step)
  defMethod(sliceType, 'indices', '(self, len, /)', ([s, n]) =>
    newTuple(sliceIndices(s as PySlice, Number(indexOf(n))).slice(0, 3)),
  )
  sliceType.dict.set('__hash__', None)

  defMethod(generatorType, '__iter__', '(self, /)', ([g]) => g, true)
  defMethod(
    generatorType,
    '__next__',
    '(self, /)',
    ([g]) => {
      const v = (g as PyGenerator).nx()
      if (v === undefined) throw stopIteration((g as PyGenerator).returnValue)
      return v
    },
    true,
  )
  defMethod(generatorType, 'send', '(self, value, /)', ([g, v]) => {
    const r = (g as PyGenerator).send(v)
    if (r === undefined) throw stopIteration((g as PyGenerator).returnValue)
    return r
  })
  defMethod(generatorType, 'throw', '(self, typ, val=None, tb=None, /)', ([g, t, v]) => {
    const exc = t instanceof PyType ? (v !== None ? (v as PyValue) : call(t, [], null)) : t
    const r = (g as PyGenerator).throwInto(exc)
    if (r === undefined) throw stopIteration((g as PyGenerator).returnValue)
    return r
  })
  defMethod(generatorType, 'close', '(self, /)', ([g]) => {
    ;(g as PyGenerator).close()
    return None
  })
  defGetSet(generatorType, '__name__', (g) => (g as PyGenerator).code.name)
  defGetSet(generatorType, '__qualname__', (g) => (g as PyGenerator).code.qualname)
  void iterate
  void PyObject
}

import { StopIteration, pyError as mk } from '../objects/exceptions'
function stopIteration(v: PyValue) {
  const e = v === None ? mk(StopIteration) : mk(StopIteration, v)
  e.attrs = { value: v }
  return e
}
