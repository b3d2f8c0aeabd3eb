import type { Deconstructed } from '../models/deconstructed'
import { PyFloat, PyObject, PyType, type PyValue } from '../python/objects/base'
import { getattr } from '../python/objects/attributes'
import { call } from '../python/objects/calls'
import { PyBytes, PyList, PySet, PyTuple } from '../python/objects/containers'
import { PyDict } from '../python/objects/dict'
import { PyBoundMethod, PyBuiltin, PyFunction } from '../python/objects/functions'
import { repr, str } from '../python/objects/repr'
import { None, typeOf } from '../python/objects/types'
import { FieldObject } from './db/models/fields/field-object'
import { deconstructField } from './db/models/fields/deconstruct'
import { DeconstructibleObject } from './db/models/deconstructible'
import { ManagerObject, managerPath } from './db/models/manager'
import type { DjangoRuntime } from './runtime'

function num(v: PyValue): number {
  return typeof v === 'bigint' ? Number(v) : (v as number)
}

function classIs(v: PyValue, module: string, name: string): boolean {
  return typeOf(v).mro.some((t) => t.module === module && t.name === name)
}

/** Whether `v` is a member of a Django Choices enum (TextChoices, IntegerChoices, …). */
function isChoicesMember(v: PyValue, rt: DjangoRuntime): boolean {
  const choices = rt.classes.get('Choices')
  return choices !== undefined && v instanceof PyObject && !(v instanceof PyType) && v.cls.isSubtype(choices)
}

function timeParts(v: PyValue): { hour: number; minute: number; second: number; microsecond: number } {
  return {
    hour: num(getattr(v, 'hour')),
    minute: num(getattr(v, 'minute')),
    second: num(getattr(v, 'second')),
    microsecond: num(getattr(v, 'microsecond')),
  }
}

function utcOffsetMinutes(v: PyValue): number | null {
  const offset = call(getattr(v, 'utcoffset'), [])
  if (offset === None) return null
  const seconds = num(getattr(offset, 'days')) * 86400 + num(getattr(offset, 'seconds'))
  return Math.round(seconds / 60)
}

/** A reference to a function or class by import path, or null when it has none (lambdas, nested functions). */
function referenceOf(v: PyValue, rt: DjangoRuntime): { module: string; qualname: string } | null {
  const known = rt.references.get(v)
  if (known !== undefined) return known
  if (v instanceof PyBoundMethod && v.self instanceof PyType) {
    const owner = referenceOf(v.self, rt)
    const name = getattr(v.func, '__name__')
    return owner === null ? null : { module: owner.module, qualname: `${owner.qualname}.${String(name)}` }
  }
  if (v instanceof PyFunction) return { module: String(v.module), qualname: v.qualname }
  if (v instanceof PyType) return { module: v.module, qualname: v.qualname }
  if (v instanceof PyBuiltin) {
    const module = v.dict?.get('__module__')
    return typeof module === 'string' ? { module, qualname: v.qualname } : null
  }
  return null
}

/**
 * Takes a Python value from a models.py or migration file, returns the engine's Deconstructed picture
 * of it: containers, numbers, dates, Decimal, UUID, enum members (Choices members as their value),
 * fields and deconstructible objects as constructor calls, functions and classes as references (callable
 * ones with `call`), anything else as `opaque` with its repr.
 */
export function toDeconstructed(v: PyValue, rt: DjangoRuntime): Deconstructed {
  if (v === None) return { kind: 'none' }
  if (typeof v === 'boolean') return { kind: 'bool', value: v }
  if (typeof v === 'number' || typeof v === 'bigint') return { kind: 'int', value: BigInt(v) }
  if (typeof v === 'string') return { kind: 'str', value: v }
  if (v instanceof PyFloat) return { kind: 'float', value: v.v }
  if (isChoicesMember(v, rt)) return toDeconstructed((v as PyObject).prim ?? getattr(v, 'value'), rt)
  if (
    v instanceof PyObject &&
    v.prim !== undefined &&
    !(v instanceof PyType) &&
    !classIs(v, 'enum', 'Enum')
  ) {
    return toDeconstructed(v.prim, rt)
  }
  if (v instanceof PyBytes) return { kind: 'bytes', value: v.bytes }
  if (v instanceof PyList) return { kind: 'list', items: v.items.map((x) => toDeconstructed(x, rt)) }
  if (v instanceof PyTuple) return { kind: 'tuple', items: v.items.map((x) => toDeconstructed(x, rt)) }
  if (v instanceof PySet) {
    return {
      kind: v.cls.name === 'frozenset' ? 'frozenset' : 'set',
      items: [...v.table.keys()].map((x) => toDeconstructed(x, rt)),
    }
  }
  if (v instanceof PyDict) {
    return {
      kind: 'dict',
      entries: [...v.entries()].map(([k, x]) => [toDeconstructed(k, rt), toDeconstructed(x, rt)] as const),
    }
  }
  if (v instanceof FieldObject) {
    const d = deconstructField(v)
    return {
      kind: 'deconstructible',
      path: d.path,
      args: d.args.map((x) => toDeconstructed(x, rt)),
      kwargs: [...d.kwargs].map(([k, x]) => [k, toDeconstructed(x, rt)] as const),
    }
  }
  if (v instanceof ManagerObject)
    return { kind: 'deconstructible', path: managerPath(v), args: [], kwargs: [] }
  if (v instanceof DeconstructibleObject) {
    const d = v.deconstruct()
    return {
      kind: 'deconstructible',
      path: d.path,
      args: d.args.map((x) => toDeconstructed(x, rt)),
      kwargs: d.kwargs.map(([k, x]) => [k, toDeconstructed(x, rt)] as const),
    }
  }
  if (classIs(v, 'decimal', 'Decimal')) return { kind: 'decimal', value: str(v) }
  if (classIs(v, 'uuid', 'UUID')) return { kind: 'uuid', hex: String(getattr(v, 'hex')) }
  if (classIs(v, 'datetime', 'datetime')) {
    return {
      kind: 'datetime',
      year: num(getattr(v, 'year')),
      month: num(getattr(v, 'month')),
      day: num(getattr(v, 'day')),
      ...timeParts(v),
      utcOffsetMinutes: utcOffsetMinutes(v),
    }
  }
  if (classIs(v, 'datetime', 'date')) {
    return {
      kind: 'date',
      year: num(getattr(v, 'year')),
      month: num(getattr(v, 'month')),
      day: num(getattr(v, 'day')),
    }
  }
  if (classIs(v, 'datetime', 'time')) return { kind: 'time', ...timeParts(v) }
  if (classIs(v, 'datetime', 'timedelta')) {
    return {
      kind: 'timedelta',
      days: num(getattr(v, 'days')),
      seconds: num(getattr(v, 'seconds')),
      microseconds: num(getattr(v, 'microseconds')),
    }
  }
  if (classIs(v, 'enum', 'Enum') && !(v instanceof PyType)) {
    const cls = typeOf(v)
    return {
      kind: 'enum',
      module: cls.module,
      qualname: cls.qualname,
      member: String(getattr(v, 'name')),
      value: toDeconstructed(getattr(v, 'value'), rt),
    }
  }
  const ref = referenceOf(v, rt)
  if (ref !== null) {
    return { kind: 'reference', ...ref, call: () => toDeconstructed(call(v, []), rt) }
  }
  const deconstruct = v instanceof PyObject ? typeOf(v).lookup('deconstruct') : undefined
  if (deconstruct !== undefined) {
    const [path, args, kwargs] = [...(call(getattr(v, 'deconstruct'), []) as PyTuple).items]
    return {
      kind: 'deconstructible',
      path: String(path),
      args: [...(args as PyTuple | PyList).items].map((x) => toDeconstructed(x, rt)),
      kwargs: [...(kwargs as PyDict).entries()].map(([k, x]) => [String(k), toDeconstructed(x, rt)] as const),
    }
  }
  return { kind: 'opaque', repr: repr(v), typeName: typeOf(v).name }
}
