import { PyFloat, PyObject, type PyValue } from './base'
import { floatOp, intOp } from './arithmetic'
import { call } from './calls'
import { complexBinop, newComplex, PyComplex } from './complex'
import { userMethod } from './compare'
import { bytearrayInplace, bytesBinop } from './bytes'
import { newList, newSet, newTuple, PyByteArray, PyBytes, PyList, PySet, PyTuple } from './containers'
import { PyDict } from './dict'
import { OverflowError, pyError, TypeError } from './exceptions'
import { percentFormat } from './formatting'
import { iterate } from './iteration'
import { NotImplemented, typeOf } from './types'

/** Normalizes a bigint result: a JS number when it is a safe integer. */
export function norm(b: bigint): number | bigint {
  return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b
}

/** An int (number or bigint) or bool as an int, or undefined. */
export function asInt(v: PyValue): number | bigint | undefined {
  switch (typeof v) {
    case 'number':
    case 'bigint':
      return v
    case 'boolean':
      return v ? 1 : 0
  }
  if (
    v instanceof PyObject &&
    (typeof v.prim === 'number' || typeof v.prim === 'bigint' || typeof v.prim === 'boolean')
  )
    return asInt(v.prim)
  return undefined
}

/** A float or int as a JS number, or undefined. */
export function asFloat(v: PyValue): number | undefined {
  if (v instanceof PyFloat) return v.v
  const i = asInt(v)
  if (i !== undefined) return intToFloat(i)
  if (v instanceof PyObject && v.prim instanceof PyFloat) return v.prim.v
  return undefined
}

/** An int as a float, raising OverflowError when too large. */
export function intToFloat(i: number | bigint): number {
  if (typeof i === 'number') return i
  const f = Number(i)
  if (!Number.isFinite(f)) throw pyError(OverflowError, 'int too large to convert to float')
  return f
}

const DUNDER: Record<string, [string, string, string]> = {
  '+': ['__add__', '__radd__', '__iadd__'],
  '-': ['__sub__', '__rsub__', '__isub__'],
  '*': ['__mul__', '__rmul__', '__imul__'],
  '/': ['__truediv__', '__rtruediv__', '__itruediv__'],
  '//': ['__floordiv__', '__rfloordiv__', '__ifloordiv__'],
  '%': ['__mod__', '__rmod__', '__imod__'],
  '**': ['__pow__', '__rpow__', '__ipow__'],
  '<<': ['__lshift__', '__rlshift__', '__ilshift__'],
  '>>': ['__rshift__', '__rrshift__', '__irshift__'],
  '&': ['__and__', '__rand__', '__iand__'],
  '|': ['__or__', '__ror__', '__ior__'],
  '^': ['__xor__', '__rxor__', '__ixor__'],
  '@': ['__matmul__', '__rmatmul__', '__imatmul__'],
}

function repeat(items: PyValue[], n: PyValue): PyValue[] {
  const count = Number(n)
  const out: PyValue[] = []
  for (let i = 0; i < count; i++) for (const x of items) out.push(x)
  return out
}

/** Native binary operation on builtin values; undefined when unsupported. */
/** dict_keys / dict_items views take part in set operators as sets. */
function asSetOperand(v: PyValue): PyValue {
  if (v instanceof PyObject && (v.cls.name === 'dict_keys' || v.cls.name === 'dict_items') && v.cls.builtin)
    return newSet(iterate(v))
  return v
}

function nativeBinop(a: PyValue, b: PyValue, op: string): PyValue {
  if (op === '&' || op === '|' || op === '-' || op === '^') {
    a = asSetOperand(a)
    b = asSetOperand(b)
  }
  if (a instanceof PyObject && a.prim !== undefined) a = a.prim
  if (b instanceof PyObject && b.prim !== undefined) b = b.prim
  const ia = asInt(a)
  const ib = asInt(b)
  if (ia !== undefined && ib !== undefined) {
    if (typeof a === 'boolean' && typeof b === 'boolean' && (op === '&' || op === '|' || op === '^')) {
      return op === '&' ? a && b : op === '|' ? a || b : a !== b
    }
    return intOp(ia, ib, op)
  }
  if ((a instanceof PyFloat || ia !== undefined) && (b instanceof PyFloat || ib !== undefined)) {
    return floatOp(
      a instanceof PyFloat ? a.v : intToFloat(ia!),
      b instanceof PyFloat ? b.v : intToFloat(ib!),
      op,
    )
  }
  if (a instanceof PyComplex || b instanceof PyComplex) return complexBinop(a, b, op)
  if (a instanceof PyBytes || b instanceof PyBytes) return bytesBinop(a, b, op)
  switch (op) {
    case '+':
      if (typeof a === 'string') {
        if (typeof b === 'string') return a + b
        throw pyError(TypeError, `can only concatenate str (not "${typeOf(b).name}") to str`)
      }
      if (a instanceof PyList) {
        if (b instanceof PyList) return newList(a.items.concat(b.items))
        throw pyError(TypeError, `can only concatenate list (not "${typeOf(b).name}") to list`)
      }
      if (a instanceof PyTuple) {
        if (b instanceof PyTuple) return newTuple(a.items.concat(b.items))
        throw pyError(TypeError, `can only concatenate tuple (not "${typeOf(b).name}") to tuple`)
      }
      break
    case '*': {
      let seq = a
      let n = ib
      if (ia !== undefined) {
        seq = b
        n = ia
      }
      if (typeof seq === 'string' || seq instanceof PyList || seq instanceof PyTuple) {
        if (n === undefined)
          throw pyError(
            TypeError,
            `can't multiply sequence by non-int of type '${typeOf(seq === a ? b : a).name}'`,
          )
        if (typeof seq === 'string') return Number(n) > 0 ? seq.repeat(Number(n)) : ''
        return seq instanceof PyList ? newList(repeat(seq.items, n)) : newTuple(repeat(seq.items, n))
      }
      break
    }
    case '%':
      if (typeof a === 'string') return percentFormat(a, b)
      break
    case '|':
    case '&':
    case '-':
    case '^':
      if (a instanceof PySet && b instanceof PySet) return setOp(a, b, op)
      if (op === '|' && a instanceof PyDict && b instanceof PyDict) {
        const d = a.copy()
        for (const [k, v] of b.entries()) d.set(k, v)
        return d
      }
      break
  }
  return undefined
}

function setOp(a: PySet, b: PySet, op: string): PySet {
  const frozen = a.cls.name === 'frozenset'
  switch (op) {
    case '|':
      return newSet([...a.table.keys(), ...b.table.keys()], frozen)
    case '&':
      return newSet(
        [...a.table.keys()].filter((k) => b.table.has(k)),
        frozen,
      )
    case '-':
      return newSet(
        [...a.table.keys()].filter((k) => !b.table.has(k)),
        frozen,
      )
    default:
      return newSet(
        [
          ...[...a.table.keys()].filter((k) => !b.table.has(k)),
          ...[...b.table.keys()].filter((k) => !a.table.has(k)),
        ],
        frozen,
      )
  }
}

function unsupported(a: PyValue, b: PyValue, op: string): never {
  const sym = op === '**' ? '** or pow()' : op
  throw pyError(
    TypeError,
    `unsupported operand type(s) for ${sym}: '${typeOf(a).name}' and '${typeOf(b).name}'`,
  )
}

/** Any binary operator `a <op> b`, dunder methods included. */
export function binop(a: PyValue, b: PyValue, op: string): PyValue {
  if (typeof a === 'number' && typeof b === 'number' && (a | 0) === a && (b | 0) === b) {
    switch (op) {
      case '&':
        return a & b
      case '|':
        return a | b
      case '^':
        return a ^ b
      case '>>':
        if (b >= 0) return b > 31 ? (a < 0 ? -1 : 0) : a >> b
        break
      case '<<':
        if (b >= 0 && b < 22 && Math.abs(a) < 2 ** 30) return a * 2 ** b
        break
    }
  }
  if (a instanceof PyFloat) {
    if (b instanceof PyFloat) return floatOp(a.v, b.v, op) ?? slowBinop(a, b, op)
    if (typeof b === 'number') return floatOp(a.v, b, op) ?? slowBinop(a, b, op)
  } else if (b instanceof PyFloat && typeof a === 'number') return floatOp(a, b.v, op) ?? slowBinop(a, b, op)
  return slowBinop(a, b, op)
}

function slowBinop(a: PyValue, b: PyValue, op: string): PyValue {
  const ta = typeOf(a)
  const tb = typeOf(b)
  const [name, rname] = DUNDER[op]!
  const fa = ta.builtin ? undefined : userMethod(ta, name)
  const fb = tb.builtin || tb === ta ? undefined : userMethod(tb, rname)
  if (fa === undefined && fb === undefined) {
    const r = nativeBinop(a, b, op)
    if (r !== undefined) return r
    unsupported(a, b, op)
  }
  if (fb !== undefined && tb.isSubtype(ta)) {
    const r = call(fb, [b, a], null)
    if (r !== NotImplemented) return r
    if (fa !== undefined) {
      const r2 = call(fa, [a, b], null)
      if (r2 !== NotImplemented) return r2
    }
    unsupported(a, b, op)
  }
  if (fa !== undefined) {
    const r = call(fa, [a, b], null)
    if (r !== NotImplemented) return r
  } else {
    const r = nativeBinop(a, b, op)
    if (r !== undefined) return r
  }
  if (fb !== undefined) {
    const r = call(fb, [b, a], null)
    if (r !== NotImplemented) return r
  } else if (fa !== undefined) {
    const r = nativeBinop(a, b, op)
    if (r !== undefined) return r
  }
  unsupported(a, b, op)
}

/** Augmented assignment `a <op>= b`: in place for lists, sets and `__i*__` methods. */
export function inplace(a: PyValue, b: PyValue, op: string): PyValue {
  if (typeof a === 'number' && typeof b === 'number' && op === '+') {
    const r = a + b
    if (Number.isSafeInteger(r)) return r
  }
  if (a instanceof PyObject) {
    const t = a.cls
    if (!t.builtin) {
      const f = userMethod(t, DUNDER[op]![2])
      if (f !== undefined) {
        const r = call(f, [a, b], null)
        if (r !== NotImplemented) return r
      }
    }
    if (a instanceof PyList) {
      if (op === '+') {
        for (const x of iterate(b)) a.items.push(x)
        return a
      }
      if (op === '*') {
        a.items = repeat(a.items, asInt(b) ?? unsupported(a, b, op))
        return a
      }
    }
    if (a instanceof PySet && b instanceof PySet && a.cls.name !== 'frozenset') {
      const r = setOp(a, b, op)
      a.table = r.table
      return a
    }
    if (a instanceof PyDict && b instanceof PyDict && op === '|') {
      for (const [k, v] of b.entries()) a.set(k, v)
      return a
    }
    if (a instanceof PyByteArray) {
      const r = bytearrayInplace(a, b, op)
      if (r !== undefined) return r
    }
  }
  return binop(a, b, op)
}

/** `a + b` with the small-int and str fast paths. */
export function add(a: PyValue, b: PyValue): PyValue {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b
    if (Number.isSafeInteger(r)) return r
  } else if (typeof a === 'string' && typeof b === 'string') return a + b
  else if (a instanceof PyFloat) {
    if (b instanceof PyFloat) return new PyFloat(a.v + b.v)
    if (typeof b === 'number') return new PyFloat(a.v + b)
  }
  return binop(a, b, '+')
}

/** `a - b`. */
export function sub(a: PyValue, b: PyValue): PyValue {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b
    if (Number.isSafeInteger(r)) return r
  }
  return binop(a, b, '-')
}

/** `a * b`. */
export function mul(a: PyValue, b: PyValue): PyValue {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b
    if (Number.isSafeInteger(r)) return r === 0 ? 0 : r
  } else if (a instanceof PyFloat) {
    if (b instanceof PyFloat) return new PyFloat(a.v * b.v)
    if (typeof b === 'number') return new PyFloat(a.v * b)
  }
  return binop(a, b, '*')
}

/** `a % b`. */
export function mod(a: PyValue, b: PyValue): PyValue {
  if (typeof a === 'number' && typeof b === 'number' && b > 0 && a >= 0) return a % b
  return binop(a, b, '%')
}

/** `a // b`. */
export function floordiv(a: PyValue, b: PyValue): PyValue {
  if (typeof a === 'number' && typeof b === 'number' && b > 0 && a >= 0) return Math.floor(a / b)
  return binop(a, b, '//')
}

/** Unary `-`, `+`, `~`. */
export function unary(v: PyValue, op: string): PyValue {
  if (typeof v === 'number') {
    if (op === '-') return v === 0 ? 0 : -v
    if (op === '+') return v
    return -v - 1
  }
  if (typeof v === 'boolean') return unary(v ? 1 : 0, op)
  if (typeof v === 'bigint') return norm(op === '-' ? -v : op === '+' ? v : -v - 1n)
  if (v instanceof PyFloat) {
    if (op === '-') return new PyFloat(-v.v)
    if (op === '+') return v
  }
  if (v instanceof PyComplex) return newComplex(op === '-' ? -v.re : v.re, op === '-' ? -v.im : v.im)
  const name = op === '-' ? '__neg__' : op === '+' ? '__pos__' : '__invert__'
  const t = typeOf(v)
  const f = userMethod(t, name)
  if (f !== undefined) return call(f, [v], null)
  if (v instanceof PyObject && v.prim !== undefined && typeof v.prim !== 'string') return unary(v.prim, op)
  throw pyError(TypeError, `bad operand type for unary ${op}: '${t.name}'`)
}
