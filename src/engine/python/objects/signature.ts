import type { KwNames, PyValue } from './base'
import { pyError, TypeError } from './exceptions'
import { newTuple as newTupleLater } from './containers'
import { newDict } from './types'

/**
 * A parameter list. Bound arguments come out as one array in declaration order: positional
 * parameters (positional-only first), `*args` (a tuple) when present, keyword-only parameters,
 * then `**kwargs` (a dict) when present.
 */
export interface Signature {
  names: string[]
  nposonly: number
  /** Number of positional parameters (positional-only included). */
  npos: number
  nkwonly: number
  varargs: string | null
  varkw: string | null
  /** Defaults of the last `defaults.length` positional parameters. */
  defaults: PyValue[]
  /** Defaults of the keyword-only parameters, undefined when required. */
  kwdefaults: (PyValue | undefined)[]
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

function nameList(names: string[]): string {
  const q = names.map((n) => `'${n}'`)
  if (q.length === 1) return q[0]!
  if (q.length === 2) return `${q[0]} and ${q[1]}`
  return `${q.slice(0, -1).join(', ')}, and ${q[q.length - 1]}`
}

/** Binds call arguments to a signature with CPython's arity errors (`fname` is the qualname). */
export function bindArgs(sig: Signature, fname: string, args: PyValue[], kwn: KwNames): PyValue[] {
  const nkw = kwn === null ? 0 : kwn.length
  const npassed = args.length - nkw
  if (nkw === 0 && npassed === sig.npos && sig.nkwonly === 0 && sig.varargs === null && sig.varkw === null)
    return args
  const { npos, nkwonly } = sig
  const va = sig.varargs !== null ? 1 : 0
  const out: PyValue[] = new Array(npos + nkwonly + va + (sig.varkw ? 1 : 0))
  const n = Math.min(npassed, npos)
  for (let i = 0; i < n; i++) out[i] = args[i]
  if (npassed > npos) {
    if (sig.varargs === null) {
      const kwGiven = kwn === null ? 0 : kwn.filter((k) => sig.names.indexOf(k) >= npos).length
      const ndef = sig.defaults.length
      const takes = ndef > 0 ? `from ${npos - ndef} to ${npos}` : `${npos}`
      const kwPart =
        kwGiven > 0
          ? ` positional argument${npassed === 1 ? '' : 's'} (and ${plural(kwGiven, 'keyword-only argument')})`
          : ''
      if (kwPart)
        throw pyError(
          TypeError,
          `${fname}() takes ${takes} positional argument${npos === 1 && ndef === 0 ? '' : 's'} but ${npassed}${kwPart} were given`,
        )
      throw pyError(
        TypeError,
        `${fname}() takes ${takes} positional argument${npos === 1 && ndef === 0 ? '' : 's'} but ${npassed} ${npassed === 1 ? 'was' : 'were'} given`,
      )
    }
    out[npos] = newTupleLater(args.slice(npos, npassed))
  } else if (sig.varargs !== null) out[npos] = newTupleLater([])
  let kwargs = null
  if (sig.varkw !== null) kwargs = out[out.length - 1] = newDict()
  if (nkw > 0) {
    const posonlyAsKw: string[] = []
    for (let j = 0; j < nkw; j++) {
      const name = kwn![j]!
      const value = args[npassed + j]
      const idx = sig.names.indexOf(name)
      if (idx < 0 || idx < sig.nposonly) {
        if (kwargs !== null) {
          kwargs.set(name, value)
          continue
        }
        if (idx >= 0) {
          posonlyAsKw.push(name)
          continue
        }
        throw pyError(TypeError, `${fname}() got an unexpected keyword argument '${name}'`)
      }
      const slot = idx >= npos ? idx + va : idx
      if (out[slot] !== undefined)
        throw pyError(TypeError, `${fname}() got multiple values for argument '${name}'`)
      out[slot] = value
    }
    if (posonlyAsKw.length > 0) {
      throw pyError(
        TypeError,
        `${fname}() got some positional-only arguments passed as keyword arguments: '${posonlyAsKw.join(', ')}'`,
      )
    }
  }
  const firstDefault = npos - sig.defaults.length
  let missing: string[] | null = null
  for (let i = npassed; i < npos; i++) {
    if (out[i] === undefined) {
      if (i >= firstDefault) out[i] = sig.defaults[i - firstDefault]
      else (missing ??= []).push(sig.names[i]!)
    }
  }
  if (missing !== null) {
    throw pyError(
      TypeError,
      `${fname}() missing ${missing.length} required positional argument${missing.length === 1 ? '' : 's'}: ${nameList(missing)}`,
    )
  }
  for (let i = 0; i < nkwonly; i++) {
    if (out[npos + va + i] === undefined) {
      const d = sig.kwdefaults[i]
      if (d !== undefined) out[npos + va + i] = d
      else (missing ??= []).push(sig.names[npos + i]!)
    }
  }
  if (missing !== null) {
    throw pyError(
      TypeError,
      `${fname}() missing ${missing.length} required keyword-only argument${missing.length === 1 ? '' : 's'}: ${nameList(missing)}`,
    )
  }
  return out
}

/** Parses a Python parameter list such as `(a, b=None, /, *args, key=None, **kw)` into a Signature whose defaults are produced by `evalDefault`. */
export function parseSignature(text: string, evalDefault: (src: string) => PyValue): Signature {
  const inner = text.trim().replace(/^\(/, '').replace(/\)$/, '')
  const sig: Signature = {
    names: [],
    nposonly: 0,
    npos: 0,
    nkwonly: 0,
    varargs: null,
    varkw: null,
    defaults: [],
    kwdefaults: [],
  }
  let star = false
  const kwonlyNames: string[] = []
  for (const raw of splitTop(inner)) {
    const p = raw.trim()
    if (p === '') continue
    if (p === '/') {
      sig.nposonly = sig.names.length
      continue
    }
    if (p === '*') {
      star = true
      continue
    }
    if (p.startsWith('**')) {
      sig.varkw = p.slice(2)
      continue
    }
    if (p.startsWith('*')) {
      sig.varargs = p.slice(1)
      star = true
      continue
    }
    const eq = p.indexOf('=')
    const name = (eq < 0 ? p : p.slice(0, eq)).trim()
    const dflt = eq < 0 ? undefined : evalDefault(p.slice(eq + 1).trim())
    if (star) {
      kwonlyNames.push(name)
      sig.kwdefaults.push(dflt)
    } else {
      sig.names.push(name)
      if (dflt !== undefined) sig.defaults.push(dflt)
    }
  }
  sig.npos = sig.names.length
  sig.nkwonly = kwonlyNames.length
  sig.names.push(...kwonlyNames)
  return sig
}

function splitTop(s: string): string[] {
  const out: string[] = []
  let depth = 0
  let cur = ''
  let q: string | null = null
  for (const c of s) {
    if (q) {
      if (c === q) q = null
    } else if (c === "'" || c === '"') q = c
    else if ('([{'.includes(c)) depth++
    else if (')]}'.includes(c)) depth--
    else if (c === ',' && depth === 0) {
      out.push(cur)
      cur = ''
      continue
    }
    cur += c
  }
  out.push(cur)
  return out
}
