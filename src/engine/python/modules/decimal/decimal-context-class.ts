import { PyObject, type PyType, type PyValue } from '../../objects/base'
import { newList } from '../../objects/containers'
import { AttributeError, pyError, TypeError, ValueError } from '../../objects/exceptions'
import { nativeClass } from '../../objects/native'
import { asInt } from '../../objects/numbers'
import { newDict, None, typeOf } from '../../objects/types'
import { truthy } from '../../objects/compare'
import { iterate } from '../../objects/iteration'
import {
  DEFAULT_SETTINGS,
  ROUNDINGS,
  type DecimalCondition,
  type DecimalEnv,
  type DecimalSettings,
  type Rounding,
} from './decimal-context'
import { SIGNAL_NAMES, signalOf, type DecimalExceptions, type SignalName } from './decimal-signals'

/** A `decimal.Context`: settings plus the flags raised and the signals trapped. */
export class PyContext extends PyObject {
  settings: DecimalSettings = DEFAULT_SETTINGS
  flags = new Set<SignalName>()
  traps = new Set<SignalName>(['InvalidOperation', 'DivisionByZero', 'Overflow'])
}

/** The per-interpreter decimal state: the Context class, the exception classes and the current context. */
export interface DecimalState {
  readonly Context: PyType
  readonly exceptions: DecimalExceptions
  current: PyContext
  /** The arithmetic environment of a context: its settings and a signal sink that traps or flags. */
  envOf(context: PyContext): DecimalEnv
}

function intSetting(name: string, v: PyValue, min: number, max: number): number {
  const i = asInt(v)
  if (i === undefined || typeof v === 'boolean') throw pyError(TypeError, `${name} must be an integer`)
  const n = Number(i)
  if (n < min || n > max) throw pyError(ValueError, `valid range for ${name} is [${min}, ${max}]`)
  return n
}

/** Builds the Context class and the state holding the current context. */
export function decimalState(exceptions: DecimalExceptions): DecimalState {
  const signalClasses = new Map<PyValue, SignalName>(SIGNAL_NAMES.map((name) => [exceptions[name], name]))
  const signalSet = (v: PyValue): Set<SignalName> => {
    const out = new Set<SignalName>()
    if (v === None) return out
    if (v instanceof PyObject && typeOf(v).name === 'dict') {
      for (const [k, on] of (v as unknown as { entries(): Iterable<[PyValue, PyValue]> }).entries()) {
        const name = signalClasses.get(k)
        if (name && truthy(on)) out.add(name)
      }
      return out
    }
    for (const k of iterate(v)) {
      const name = signalClasses.get(k)
      if (name) out.add(name)
    }
    return out
  }
  const self = (v: PyValue): PyContext => {
    if (v instanceof PyContext) return v
    throw pyError(
      TypeError,
      `descriptor requires a 'decimal.Context' object but received a '${typeOf(v).name}'`,
    )
  }
  const setting = (name: keyof DecimalSettings) =>
    [
      (c: PyValue) => self(c).settings[name],
      (c: PyValue, v: PyValue) => {
        const ctx = self(c)
        let value: DecimalSettings[typeof name]
        switch (name) {
          case 'rounding':
            if (typeof v !== 'string' || !ROUNDINGS.includes(v as Rounding)) {
              throw pyError(
                TypeError,
                'valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]',
              )
            }
            value = v as Rounding
            break
          case 'prec':
            value = intSetting('prec', v, 1, 999999999999999999)
            break
          case 'Emin':
            value = intSetting('Emin', v, -999999999999999999, 0)
            break
          case 'Emax':
            value = intSetting('Emax', v, 0, 999999999999999999)
            break
          default:
            value = intSetting(name, v, 0, 1)
        }
        ctx.settings = { ...ctx.settings, [name]: value }
      },
    ] as [(o: PyValue) => PyValue, (o: PyValue, v: PyValue) => void]
  const flagDict = (set: Set<SignalName>) =>
    newDict(SIGNAL_NAMES.map((name) => [exceptions[name], set.has(name)]))
  const Context = nativeClass({
    name: 'Context',
    module: 'decimal',
    methods: {
      __init__: [
        '(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None, clamp=None, flags=None, traps=None)',
        (args) => {
          const ctx = self(args[0])
          const names: (keyof DecimalSettings)[] = ['prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp']
          names.forEach((name, i) => {
            if (args[i + 1] !== None) setting(name)[1](ctx, args[i + 1])
          })
          if (args[7] !== None) ctx.flags = signalSet(args[7])
          if (args[8] !== None) ctx.traps = signalSet(args[8])
          return None
        },
      ],
      copy: ['(self)', ([c]) => copyContext(self(c))],
      __copy__: ['(self)', ([c]) => copyContext(self(c))],
      clear_flags: ['(self)', ([c]) => (self(c).flags.clear(), None)],
      clear_traps: ['(self)', ([c]) => (self(c).traps.clear(), None)],
      Etiny: ['(self)', ([c]) => self(c).settings.Emin - self(c).settings.prec + 1],
      Etop: ['(self)', ([c]) => self(c).settings.Emax - self(c).settings.prec + 1],
      __repr__: [
        '(self)',
        ([c]) => {
          const ctx = self(c)
          const s = ctx.settings
          const list = (set: Set<SignalName>) => `[${SIGNAL_NAMES.filter((n) => set.has(n)).join(', ')}]`
          return `Context(prec=${s.prec}, rounding=${s.rounding}, Emin=${s.Emin}, Emax=${s.Emax}, capitals=${s.capitals}, clamp=${s.clamp}, flags=${list(ctx.flags)}, traps=${list(ctx.traps)})`
        },
      ],
    },
    properties: {
      prec: setting('prec'),
      rounding: setting('rounding'),
      Emin: setting('Emin'),
      Emax: setting('Emax'),
      capitals: setting('capitals'),
      clamp: setting('clamp'),
      flags: [
        (c) => flagDict(self(c).flags),
        () => {
          throw pyError(AttributeError, "attribute 'flags' of 'decimal.Context' objects is not writable")
        },
      ],
      traps: [
        (c) => flagDict(self(c).traps),
        () => {
          throw pyError(AttributeError, "attribute 'traps' of 'decimal.Context' objects is not writable")
        },
      ],
    },
  })
  Context.layout = (cls) => new PyContext(cls)

  function copyContext(ctx: PyContext): PyContext {
    const copy = new PyContext(Context)
    copy.settings = ctx.settings
    copy.flags = new Set(ctx.flags)
    copy.traps = new Set(ctx.traps)
    return copy
  }

  const state: DecimalState = {
    Context,
    exceptions,
    current: new PyContext(Context),
    envOf(context) {
      return {
        settings: context.settings,
        signal: (condition: DecimalCondition) => {
          const signal = signalOf(condition)
          if (context.traps.has(signal)) {
            const conditionClass =
              condition in exceptions ? exceptions[condition as keyof DecimalExceptions] : exceptions[signal]
            throw pyError(exceptions[signal], newList([conditionClass]))
          }
          context.flags.add(signal)
        },
      }
    },
  }
  return state
}

/** A copy of a context (for `localcontext()` and `Context.copy()`). */
export function copyContextOf(state: DecimalState, ctx: PyContext): PyContext {
  const copy = new PyContext(state.Context)
  copy.settings = ctx.settings
  copy.flags = new Set(ctx.flags)
  copy.traps = new Set(ctx.traps)
  return copy
}
