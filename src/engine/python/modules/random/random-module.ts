import { PyFloat, PyObject, type PyType, type PyValue } from '../../objects/base'
import { newBytes, newList, newTuple, PyBytes, PyList, PySet } from '../../objects/containers'
import { PyDict } from '../../objects/dict'
import { IndexError, pyError, TypeError, ValueError } from '../../objects/exceptions'
import { getitem, len } from '../../objects/items'
import { toArray } from '../../objects/iteration'
import { nativeClass } from '../../objects/native'
import { PyBoundMethod } from '../../objects/functions'
import { asFloat, asInt, norm } from '../../objects/numbers'
import { None, pyFloat, typeOf } from '../../objects/types'
import { getattr } from '../../objects/attributes'
import { call } from '../../objects/calls'
import type { NativeModule } from '../registry'
import { effectsOf, type StdlibEffects } from '../stdlib-effects'
import { sha512 } from '../hashing/sha'
import { utf8Encode } from '../hashing/utf8'
import { MersenneTwister } from './mersenne-twister'
import { choiceIndex, randrange, sampleIndices } from './sampling'
import { floatHash } from './float-hash'

/** A `random.Random` instance: its twister and the spare normal deviate of `gauss`. */
class PyRandom extends PyObject {
  twister = new MersenneTwister(0)
  gaussNext: number | null = null
}

function bytesToInt(bytes: Uint8Array): bigint {
  let n = 0n
  for (const b of bytes) n = (n << 8n) | BigInt(b)
  return n
}

function seedValue(a: PyValue, effects: StdlibEffects): bigint {
  if (a === None) return bytesToInt(effects.randomBytes(32))
  const i = asInt(a)
  if (i !== undefined && !(a instanceof PyFloat)) return BigInt(i)
  if (a instanceof PyFloat) return BigInt(floatHash(a.v))
  let bytes: Uint8Array | null = null
  if (typeof a === 'string' || (a instanceof PyObject && typeof a.prim === 'string')) {
    bytes = utf8Encode(typeof a === 'string' ? a : a.prim)
  } else if (a instanceof PyBytes) {
    bytes = a.bytes
  }
  if (bytes === null) {
    throw pyError(
      TypeError,
      'The only supported seed types are: None,\nint, float, str, bytes, and bytearray.',
    )
  }
  const joined = new Uint8Array(bytes.length + 64)
  joined.set(bytes)
  joined.set(sha512(bytes), bytes.length)
  return bytesToInt(joined)
}

function index(v: PyValue): bigint {
  const i = asInt(v)
  if (i !== undefined && !(v instanceof PyFloat)) return BigInt(i)
  throw pyError(TypeError, `'${typeOf(v).name}' object cannot be interpreted as an integer`)
}

function self(v: PyValue): PyRandom {
  if (v instanceof PyRandom) return v
  throw pyError(TypeError, `descriptor requires a 'random.Random' object but received a '${typeOf(v).name}'`)
}

function real(v: PyValue): number {
  const f = asFloat(v)
  if (f === undefined) throw pyError(TypeError, `must be real number, not ${typeOf(v).name}`)
  return f
}

/** Builds the `Random` class (subclassable) whose state lives in the instance. */
function randomClass(effects: StdlibEffects): PyType {
  const draw = (r: PyRandom, start: PyValue, stop: PyValue, step: PyValue): PyValue => {
    const result = randrange(r.twister, index(start), stop === None ? null : index(stop), index(step))
    if (typeof result !== 'bigint') throw pyError(ValueError, result.message)
    return norm(result)
  }
  const cls = nativeClass({
    name: 'Random',
    module: 'random',
    doc: 'Random number generator base class used by bound module functions.',
    methods: {
      __init__: [
        '(self, x=None)',
        ([s, x]) => {
          self(s).twister.seedInteger(seedValue(x, effects))
          self(s).gaussNext = null
          return None
        },
      ],
      seed: [
        '(self, a=None, version=2)',
        ([s, a]) => {
          self(s).twister.seedInteger(seedValue(a, effects))
          self(s).gaussNext = null
          return None
        },
      ],
      random: ['(self)', ([s]) => pyFloat(self(s).twister.nextFloat())],
      getrandbits: [
        '(self, k, /)',
        ([s, k]) => {
          const n = Number(index(k))
          if (n < 0) throw pyError(ValueError, 'number of bits must be non-negative')
          const r = self(s).twister.getrandbits(n)
          return typeof r === 'bigint' ? norm(r) : r
        },
      ],
      randbytes: [
        '(self, n)',
        ([s, n]) => {
          const count = Number(index(n))
          const r = self(s).twister.getrandbits(count * 8)
          let big = BigInt(r)
          const out = new Uint8Array(count)
          for (let i = 0; i < count; i++) {
            out[i] = Number(big & 0xffn)
            big >>= 8n
          }
          return newBytes(out)
        },
      ],
      randrange: [
        '(self, start, stop=None, step=1)',
        ([s, start, stop, step]) => draw(self(s), start, stop, step),
      ],
      randint: ['(self, a, b)', ([s, a, b]) => draw(self(s), a, norm(index(b) + 1n), 1)],
      choice: [
        '(self, seq)',
        ([s, seq]) => {
          const n = len(seq)
          if (n === 0) throw pyError(IndexError, 'Cannot choose from an empty sequence')
          return getitem(seq, self(s).twister.randbelow(n))
        },
      ],
      choices: [
        '(self, population, weights=None, *, cum_weights=None, k=1)',
        ([s, population, weights, cumWeights, k]) => {
          const r = self(s)
          const n = len(population)
          const count = Number(index(k))
          let cumulative: number[] | null = null
          if (cumWeights !== None) {
            if (weights !== None)
              throw pyError(TypeError, 'Cannot specify both weights and cumulative weights')
            cumulative = toArray(cumWeights).map(real)
          } else if (weights !== None) {
            let total = 0
            cumulative = toArray(weights).map((w) => (total += real(w)))
          }
          if (cumulative !== null) {
            if (cumulative.length !== n)
              throw pyError(ValueError, 'The number of weights does not match the population')
            const total = cumulative[cumulative.length - 1] ?? 0
            if (total <= 0) throw pyError(ValueError, 'Total of weights must be greater than zero')
            if (!Number.isFinite(total)) throw pyError(ValueError, 'Total of weights must be finite')
          } else if (n === 0) {
            throw pyError(IndexError, 'Cannot choose from an empty sequence')
          }
          const out: PyValue[] = []
          for (let i = 0; i < count; i++) out.push(getitem(population, choiceIndex(r.twister, n, cumulative)))
          return newList(out)
        },
      ],
      shuffle: [
        '(self, x)',
        ([s, x]) => {
          const r = self(s)
          if (x instanceof PyList) {
            const items = x.items
            for (let i = items.length - 1; i > 0; i--) {
              const j = r.twister.randbelow(i + 1) as number
              const tmp = items[i]
              items[i] = items[j]
              items[j] = tmp
            }
            return None
          }
          const n = len(x)
          for (let i = n - 1; i > 0; i--) {
            const j = r.twister.randbelow(i + 1) as number
            const a = getitem(x, i)
            const b = getitem(x, j)
            call(getattr(x, '__setitem__'), [i, b])
            call(getattr(x, '__setitem__'), [j, a])
          }
          return None
        },
      ],
      sample: [
        '(self, population, k, *, counts=None)',
        ([s, population, k, counts]) => {
          const r = self(s)
          if (population instanceof PySet || population instanceof PyDict) {
            throw pyError(TypeError, 'Population must be a sequence.  For dicts or sets, use sorted(d).')
          }
          let pool = population
          if (counts !== None) {
            const expanded: PyValue[] = []
            const repeats = toArray(counts).map((c) => Number(index(c)))
            const items = toArray(population)
            if (repeats.length !== items.length)
              throw pyError(ValueError, 'The number of counts does not match the population')
            items.forEach((item, i) => {
              for (let c = 0; c < repeats[i]!; c++) expanded.push(item)
            })
            pool = newList(expanded)
          }
          const n = len(pool)
          const want = Number(index(k))
          if (want < 0 || want > n) throw pyError(ValueError, 'Sample larger than population or is negative')
          return newList(sampleIndices(r.twister, n, want).map((i) => getitem(pool, i)))
        },
      ],
      uniform: [
        '(self, a, b)',
        ([s, a, b]) => {
          const lo = real(a)
          return pyFloat(lo + (real(b) - lo) * self(s).twister.nextFloat())
        },
      ],
      triangular: [
        '(self, low=0.0, high=1.0, mode=None)',
        ([s, low, high, mode]) => {
          let u = self(s).twister.nextFloat()
          let lo = real(low)
          let hi = real(high)
          let c: number
          try {
            c = mode === None ? 0.5 : (real(mode) - lo) / (hi - lo)
          } catch {
            return pyFloat(lo)
          }
          if (!Number.isFinite(c)) return pyFloat(lo)
          if (u > c) {
            u = 1 - u
            c = 1 - c
            ;[lo, hi] = [hi, lo]
          }
          return pyFloat(lo + (hi - lo) * Math.sqrt(u * c))
        },
      ],
      gauss: [
        '(self, mu=0.0, sigma=1.0)',
        ([s, mu, sigma]) => {
          const r = self(s)
          let z = r.gaussNext
          r.gaussNext = null
          if (z === null) {
            const angle = r.twister.nextFloat() * 2 * Math.PI
            const radius = Math.sqrt(-2 * Math.log(1 - r.twister.nextFloat()))
            z = Math.cos(angle) * radius
            r.gaussNext = Math.sin(angle) * radius
          }
          return pyFloat(real(mu) + z * real(sigma))
        },
      ],
      normalvariate: [
        '(self, mu=0.0, sigma=1.0)',
        ([s, mu, sigma]) => {
          const r = self(s)
          const magic = (4 * Math.exp(-0.5)) / Math.sqrt(2)
          let z: number
          for (;;) {
            const u1 = r.twister.nextFloat()
            const u2 = 1 - r.twister.nextFloat()
            z = (magic * (u1 - 0.5)) / u2
            if ((z * z) / 4 <= -Math.log(u2)) break
          }
          return pyFloat(real(mu) + z * real(sigma))
        },
      ],
      expovariate: [
        '(self, lambd)',
        ([s, lambd]) => pyFloat(-Math.log(1 - self(s).twister.nextFloat()) / real(lambd)),
      ],
      getstate: [
        '(self)',
        ([s]) => {
          const state = self(s).twister.getState()
          const r = self(s)
          return newTuple([
            3,
            newTuple([...state.words, state.index]),
            r.gaussNext === null ? None : pyFloat(r.gaussNext),
          ])
        },
      ],
      setstate: [
        '(self, state)',
        ([s, state]) => {
          const [version, internal, gauss] = toArray(state)
          if (version !== 3)
            throw pyError(
              ValueError,
              `state with version ${String(version)} passed to Random.setstate() of version 3`,
            )
          const words = toArray(internal).map((w) => Number(index(w)))
          self(s).twister.setState({ words: words.slice(0, 624), index: words[624]! })
          self(s).gaussNext = gauss === None ? null : real(gauss)
          return None
        },
      ],
    },
  })
  cls.layout = (c) => new PyRandom(c)
  return cls
}

/** `random`: the Mersenne Twister with CPython's seeding and sampling, so seeded sequences match CPython's. */
export const randomModule: NativeModule = {
  name: 'random',
  build(module, interp) {
    const effects = effectsOf(interp)
    const Random = randomClass(effects)
    module.set('Random', Random)
    const instance = new PyRandom(Random)
    instance.twister.seedInteger(seedValue(None, effects))
    module.set('_inst', instance)
    const bound = [
      'seed',
      'random',
      'uniform',
      'triangular',
      'randint',
      'choice',
      'randrange',
      'sample',
      'shuffle',
      'choices',
      'normalvariate',
      'gauss',
      'expovariate',
      'getstate',
      'setstate',
      'getrandbits',
      'randbytes',
    ]
    for (const name of bound) module.set(name, new PyBoundMethod(Random.lookup(name), instance))
  },
}
