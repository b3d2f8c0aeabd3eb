import type { PyType, PyValue } from '../../../python/objects/base'
import { call } from '../../../python/objects/calls'
import { newTuple, PyTuple } from '../../../python/objects/containers'
import { pyError, TypeError } from '../../../python/objects/exceptions'
import { PyBuiltin } from '../../../python/objects/functions'
import { repr } from '../../../python/objects/repr'
import { None, NotImplemented } from '../../../python/objects/types'
import { defineClass } from '../../host/native'
import type { DjangoRuntime } from '../../runtime'
import { DeconstructibleObject, deconstructibleClass } from './deconstructible'

const EXPRESSIONS = 'django.db.models.expressions'

/** Whether `v` is a query expression (F, Value, functions, combined expressions). */
export function isExpression(v: PyValue, rt: DjangoRuntime): boolean {
  return v instanceof DeconstructibleObject && v.cls.isSubtype(rt.cls('Combinable'))
}

function wrap(v: PyValue, rt: DjangoRuntime): PyValue {
  return isExpression(v, rt) || (v instanceof DeconstructibleObject && v.cls.isSubtype(rt.cls('Q')))
    ? v
    : call(rt.cls('Value'), [v])
}

function combine(rt: DjangoRuntime, connector: string, reversed: boolean): PyBuiltin {
  return new PyBuiltin(
    'combine',
    ([self, other]) => {
      const lhs = wrap(reversed ? other : self, rt)
      const rhs = wrap(reversed ? self : other, rt)
      return call(rt.cls('CombinedExpression'), [lhs, connector, rhs])
    },
    true,
  )
}

const ARITHMETIC: readonly (readonly [string, string])[] = [
  ['add', '+'],
  ['sub', '-'],
  ['mul', '*'],
  ['truediv', '/'],
  ['mod', '%%'],
  ['pow', '^'],
]

/** Creates `Combinable` (arithmetic between expressions), `Expression`, `F`, `Value`, `Func`, `CombinedExpression`, `ExpressionWrapper`, `OrderBy`, `Case`, `When`. */
export function createExpressionClasses(rt: DjangoRuntime): void {
  const attrs: Record<string, PyValue> = {}
  for (const [name, connector] of ARITHMETIC) {
    attrs[`__${name}__`] = combine(rt, connector, false)
    attrs[`__r${name}__`] = combine(rt, connector, true)
  }
  attrs.__neg__ = new PyBuiltin(
    '__neg__',
    ([self]) => call(rt.cls('CombinedExpression'), [self, '*', call(rt.cls('Value'), [-1])]),
    true,
  )
  attrs.desc = new PyBuiltin('desc', (args, kwn) => orderBy(rt, args[0], true, args, kwn), true)
  attrs.asc = new PyBuiltin('asc', (args, kwn) => orderBy(rt, args[0], false, args, kwn), true)
  const combinable = defineClass({ name: 'Combinable', module: EXPRESSIONS, attrs })
  rt.classes.set('Combinable', combinable)
  const expression = defineClass({ name: 'Expression', module: EXPRESSIONS, bases: [combinable] })
  rt.classes.set('Expression', expression)
  rt.export(expression, EXPRESSIONS, 'Expression')
  const bases = [expression]
  deconstructibleClass(
    {
      name: 'F',
      module: EXPRESSIONS,
      path: 'django.db.models.F',
      bases: [combinable],
      init: (self, args) => {
        if (args.length !== 1)
          throw pyError(
            TypeError,
            `F.__init__() takes 2 positional arguments but ${args.length + 1} were given`,
          )
      },
      repr: (self) => `F(${String(self.args[0])})`,
    },
    rt,
  )
  deconstructibleClass(
    {
      name: 'Value',
      module: EXPRESSIONS,
      path: 'django.db.models.Value',
      bases,
      repr: (s) => `Value(${repr(s.args[0])})`,
    },
    rt,
  )
  deconstructibleClass({ name: 'Func', module: EXPRESSIONS, path: 'django.db.models.Func', bases }, rt)
  deconstructibleClass(
    {
      name: 'CombinedExpression',
      module: EXPRESSIONS,
      bases,
      repr: (s) => `<CombinedExpression: ${exprText(s.args[0])} ${String(s.args[1])} ${exprText(s.args[2])}>`,
    },
    rt,
  )
  deconstructibleClass(
    { name: 'ExpressionWrapper', module: EXPRESSIONS, path: 'django.db.models.ExpressionWrapper', bases },
    rt,
  )
  deconstructibleClass({ name: 'OrderBy', module: EXPRESSIONS, bases }, rt)
  deconstructibleClass({ name: 'Case', module: EXPRESSIONS, path: 'django.db.models.Case', bases }, rt)
  deconstructibleClass({ name: 'When', module: EXPRESSIONS, path: 'django.db.models.When', bases }, rt)
  deconstructibleClass({ name: 'RawSQL', module: EXPRESSIONS, bases }, rt)
  deconstructibleClass(
    { name: 'OuterRef', module: EXPRESSIONS, path: 'django.db.models.OuterRef', bases: [rt.cls('F')] },
    rt,
  )
}

function exprText(v: PyValue): string {
  if (v instanceof DeconstructibleObject) {
    const name = v.cls.name
    if (name === 'F') return `F(${String(v.args[0])})`
    if (name === 'Value') return `Value(${repr(v.args[0])})`
  }
  return repr(v)
}

function orderBy(
  rt: DjangoRuntime,
  self: PyValue,
  descending: boolean,
  args: PyValue[],
  kwn: readonly string[] | null,
): PyValue {
  const names = kwn ?? []
  const values = args.slice(args.length - names.length)
  const kw: Record<string, PyValue> = {}
  names.forEach((n, i) => (kw[n] = values[i]))
  const extra = Object.entries(kw)
  const kwNames = descending ? ['descending', ...extra.map(([k]) => k)] : extra.map(([k]) => k)
  const kwValues = descending ? [true, ...extra.map(([, v]) => v)] : extra.map(([, v]) => v)
  return call(rt.cls('OrderBy'), [self, ...kwValues], kwNames.length > 0 ? kwNames : null)
}

/** The connectors of Q objects. */
type Connector = 'AND' | 'OR' | 'XOR'

function qState(q: DeconstructibleObject): { children: PyValue[]; connector: Connector; negated: boolean } {
  return {
    children: q.state.get('children') as PyValue[],
    connector: q.state.get('connector') as Connector,
    negated: q.state.get('negated') as boolean,
  }
}

function newQ(
  rt: DjangoRuntime,
  children: PyValue[],
  connector: Connector,
  negated: boolean,
): DeconstructibleObject {
  const q = call(rt.cls('Q'), []) as DeconstructibleObject
  q.state.set('children', children)
  q.state.set('connector', connector)
  q.state.set('negated', negated)
  return q
}

function combineQ(rt: DjangoRuntime, a: PyValue, b: PyValue, connector: Connector): PyValue {
  const Q = rt.cls('Q')
  if (!(b instanceof DeconstructibleObject && b.cls.isSubtype(Q))) return NotImplemented
  const sa = qState(a as DeconstructibleObject)
  const sb = qState(b)
  if (sb.children.length === 0) return newQ(rt, [...sa.children], sa.connector, sa.negated)
  if (sa.children.length === 0) return newQ(rt, [...sb.children], sb.connector, sb.negated)
  const children: PyValue[] = []
  for (const [q, s] of [
    [a, sa],
    [b, sb],
  ] as const) {
    if (!s.negated && (s.connector === connector || s.children.length === 1)) children.push(...s.children)
    else children.push(q)
  }
  return newQ(rt, children, connector, false)
}

/** Creates `Q` with `&`, `|`, `^`, `~` and Django's deconstruction (`Q(('a', 1), _connector='OR')`). */
export function createQ(rt: DjangoRuntime): PyType {
  const op = (name: string, connector: Connector) =>
    new PyBuiltin(name, ([self, other]) => combineQ(rt, self, other, connector), true)
  return deconstructibleClass(
    {
      name: 'Q',
      module: 'django.db.models.query_utils',
      path: 'django.db.models.Q',
      init: (self, args, kwargs) => {
        const connector = kwargs.get('_connector')
        const negated = kwargs.get('_negated')
        const keyed = [...kwargs]
          .filter(([k]) => k !== '_connector' && k !== '_negated')
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        self.state.set('children', [...args, ...keyed.map(([k, v]) => newTuple([k, v]))])
        self.state.set('connector', connector === undefined || connector === None ? 'AND' : connector)
        self.state.set('negated', negated === true)
        self.custom = (q) => {
          const s = qState(q)
          const kw: [string, PyValue][] = []
          if (s.connector !== 'AND') kw.push(['_connector', s.connector])
          if (s.negated) kw.push(['_negated', true])
          return { path: 'django.db.models.Q', args: s.children, kwargs: kw }
        }
      },
      attrs: {
        __and__: op('__and__', 'AND'),
        __or__: op('__or__', 'OR'),
        __xor__: op('__xor__', 'XOR'),
        __invert__: new PyBuiltin(
          '__invert__',
          ([self]) => {
            const s = qState(self)
            return newQ(rt, [...s.children], s.connector, !s.negated)
          },
          true,
        ),
      },
      repr: (q) => {
        const s = qState(q)
        const inner = s.children
          .map((c) => (c instanceof PyTuple ? `(${c.items.map((x) => repr(x)).join(', ')})` : repr(c)))
          .join(', ')
        const body = `(${s.connector}: ${inner})`
        return `<Q: ${s.negated ? `(NOT ${body})` : body}>`
      },
    },
    rt,
  )
}
