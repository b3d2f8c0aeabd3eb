import { PyFloat, PyObject, type PyType, type PyValue } from '../objects/base'
import { call } from '../objects/calls'
import {
  asComplex,
  complexBinop,
  complexEquals,
  complexRepr,
  complexType,
  newComplex,
  parseComplex,
  PyComplex,
} from '../objects/complex'
import { pyError, TypeError } from '../objects/exceptions'
import { formatValue } from '../objects/formatting'
import { exactHash } from '../objects/hashing'
import { defGetSet, defMethod, defStaticMethod } from '../objects/native'
import { newDict, NotImplemented, typeOf } from '../objects/types'

const HASH_IMAG = 1000003n
const self = (v: PyValue): PyComplex => (v instanceof PyComplex ? v : (v as PyObject).prim)

/** hash() of a complex, as CPython computes it (equal to hash(x) for a complex with no imaginary part). */
export function complexHash(z: PyComplex): number | bigint {
  const combined = BigInt.asIntN(
    64,
    BigInt(exactHash(new PyFloat(z.re))) + HASH_IMAG * BigInt(exactHash(new PyFloat(z.im))),
  )
  const h = combined === -1n ? -2n : combined
  return h >= -9007199254740991n && h <= 9007199254740991n ? Number(h) : h
}

/** The complex value of one constructor argument (a number, a complex or an object with `__complex__`). */
function complexArgument(v: PyValue, which: 'first' | 'second'): PyComplex {
  if (v instanceof PyObject && !(v instanceof PyComplex)) {
    const f = v.cls.lookup('__complex__')
    if (f !== undefined) {
      const r = call(f, [v], null)
      if (!(r instanceof PyComplex))
        throw pyError(TypeError, `__complex__ returned non-complex (type ${typeOf(r).name})`)
      return r
    }
  }
  const z = asComplex(v)
  if (z !== undefined) return z
  throw pyError(
    TypeError,
    which === 'first'
      ? `complex() first argument must be a string or a number, not '${typeOf(v).name}'`
      : `complex() second argument must be a number, not '${typeOf(v).name}'`,
  )
}

const asComplexOnly = (v: PyValue): boolean =>
  v instanceof PyComplex || (v instanceof PyObject && v.prim instanceof PyComplex)

/** complex(real, imag) with CPython's rules for strings and complex arguments. */
function construct(real: PyValue, imag: PyValue): PyComplex {
  if (typeof real === 'string' || (real instanceof PyObject && typeof real.prim === 'string')) {
    if (imag !== undefined) throw pyError(TypeError, "complex() can't take second arg if first is a string")
    return parseComplex(typeof real === 'string' ? real : real.prim)
  }
  if (typeof imag === 'string') throw pyError(TypeError, "complex() second arg can't be a string")
  const r = real === undefined ? newComplex(0, 0) : complexArgument(real, 'first')
  if (imag === undefined) return r
  const i = complexArgument(imag, 'second')
  const re = asComplexOnly(imag) ? r.re - i.im : r.re
  const im = asComplexOnly(real) ? r.im + i.re : i.re
  return newComplex(re, im)
}

function formatComplex(z: PyComplex, spec: string): string {
  if (spec === '') return complexRepr(z)
  const re = formatValue(new PyFloat(z.re), spec)
  const im = formatValue(new PyFloat(z.im), spec.startsWith('+') ? spec : '+' + spec)
  return `${re}${im}j`
}

/** Installs complex's constructor, attributes and methods. */
export function installComplexType(): void {
  const C = complexType
  defStaticMethod(C, '__new__', '(cls, real=?, imag=?)', ([cls, real, imag]) => {
    const z = construct(real, imag)
    if (cls === complexType) return z
    const o = new PyObject(cls as PyType)
    o.prim = z
    if ((cls as PyType).instanceDict) o.dict = newDict()
    return o
  })
  defGetSet(C, 'real', (z) => new PyFloat(self(z).re))
  defGetSet(C, 'imag', (z) => new PyFloat(self(z).im))
  defMethod(C, 'conjugate', '(self, /)', ([z]) => newComplex(self(z).re, -self(z).im))
  defMethod(C, '__repr__', '(self, /)', ([z]) => complexRepr(self(z)))
  defMethod(C, '__hash__', '(self, /)', ([z]) => complexHash(self(z)))
  defMethod(C, '__bool__', '(self, /)', ([z]) => self(z).re !== 0 || self(z).im !== 0)
  defMethod(C, '__abs__', '(self, /)', ([z]) => new PyFloat(Math.hypot(self(z).re, self(z).im)))
  defMethod(C, '__neg__', '(self, /)', ([z]) => newComplex(-self(z).re, -self(z).im))
  defMethod(C, '__pos__', '(self, /)', ([z]) => newComplex(self(z).re, self(z).im))
  defMethod(C, '__complex__', '(self, /)', ([z]) => newComplex(self(z).re, self(z).im))
  defMethod(C, '__format__', '(self, format_spec, /)', ([z, spec]) => formatComplex(self(z), String(spec)))
  const ops: [string, string][] = [
    ['add', '+'],
    ['sub', '-'],
    ['mul', '*'],
    ['truediv', '/'],
    ['pow', '**'],
  ]
  for (const [name, op] of ops) {
    defMethod(
      C,
      `__${name}__`,
      '(self, value, /)',
      ([a, b]) => complexBinop(self(a), b, op) ?? NotImplemented,
    )
    defMethod(
      C,
      `__r${name}__`,
      '(self, value, /)',
      ([a, b]) => complexBinop(b, self(a), op) ?? NotImplemented,
    )
  }
  defMethod(C, '__eq__', '(self, value, /)', ([a, b]) => complexEquals(self(a), b) ?? NotImplemented)
  defMethod(C, '__ne__', '(self, value, /)', ([a, b]) => {
    const r = complexEquals(self(a), b)
    return r === undefined ? NotImplemented : !r
  })
}
