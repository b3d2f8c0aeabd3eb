import { PyObject, PyType, type PyValue } from '../objects/base'
import {
  bindDescriptor,
  dirNames,
  genericDelattr,
  genericGetattr,
  genericSetattr,
  typeGetattr,
  attributeError,
} from '../objects/attributes'
import { call, construct, newClass, newInstance } from '../objects/calls'
import { eqBool, richCompare, truthy } from '../objects/compare'
import { newList, newTuple, PyTuple } from '../objects/containers'
import { PyDict } from '../objects/dict'
import { pyError, TypeError, AttributeError } from '../objects/exceptions'
import { formatValue } from '../objects/formatting'
import {
  classmethodType,
  functionType,
  methodType,
  moduleType,
  PyBoundMethod,
  PyBuiltin,
  PyFunction,
  PyMethodWrapper,
  PyModule,
  PyProperty,
  PySuper,
  propertyType,
  staticmethodType,
  superType,
  builtinFunctionType,
} from '../objects/functions'
import { hash, idOf } from '../objects/hashing'
import { defClassMethod, defGetSet, defMethod, defStaticMethod } from '../objects/native'
import { defaultRepr, repr, str } from '../objects/repr'
import { makeType, newDict, None, NotImplemented, objectType, typeOf, typeType } from '../objects/types'

const str0 = (v: PyValue) => (typeof v === 'string' ? v : str(v))

/** Installs `object`, `type`, function, method, property, staticmethod, classmethod, super and module attributes. */
export function installCoreTypes(): void {
  const o = objectType
  defStaticMethod(o, '__new__', '(cls, *args, **kwargs)', ([cls]) => {
    if (!(cls instanceof PyType))
      throw pyError(TypeError, `object.__new__(X): X is not a type object (${typeOf(cls).name})`)
    return newInstance(cls)
  })
  o.dict.set('__new__', (o.dict.m.get('__new__') as PyMethodWrapper).func)
  defMethod(o, '__init__', '(self, *args, **kwargs)', () => None, true)
  defMethod(o, '__repr__', '(self, /)', ([s]) => defaultRepr(s), true)
  defMethod(o, '__str__', '(self, /)', ([s]) => repr(s), true)
  defMethod(o, '__eq__', '(self, other, /)', ([a, b]) => (a === b ? true : NotImplemented), true)
  defMethod(
    o,
    '__ne__',
    '(self, other, /)',
    ([a, b]) => {
      const r = richCompare(a, b, '__eq__')
      return r === NotImplemented ? r : !truthy(r)
    },
    true,
  )
  for (const op of ['__lt__', '__le__', '__gt__', '__ge__'])
    defMethod(o, op, '(self, other, /)', () => NotImplemented, true)
  defMethod(o, '__hash__', '(self, /)', ([s]) => hash(s), true)
  defMethod(
    o,
    '__format__',
    '(self, format_spec, /)',
    ([s, spec]) => {
      if (spec !== '')
        throw pyError(TypeError, `unsupported format string passed to ${typeOf(s).name}.__format__`)
      return str(s)
    },
    true,
  )
  defMethod(
    o,
    '__getattribute__',
    '(self, name, /)',
    ([s, n]) => genericGetattr(s, typeOf(s), str0(n), true),
    true,
  )
  defMethod(
    o,
    '__setattr__',
    '(self, name, value, /)',
    ([s, n, v]) => {
      genericSetattr(s, str0(n), v)
      return None
    },
    true,
  )
  defMethod(
    o,
    '__delattr__',
    '(self, name, /)',
    ([s, n]) => {
      genericDelattr(s, str0(n))
      return None
    },
    true,
  )
  defMethod(o, '__dir__', '(self, /)', ([s]) => newList(dirNames(s)), true)
  defMethod(o, '__reduce_ex__', '(self, protocol, /)', ([s]) => newTuple([typeOf(s), newTuple([])]), true)
  o.dict.set(
    '__init_subclass__',
    new PyBuiltin('__init_subclass__', (args, kwn) => {
      if (kwn !== null && kwn.length > 0) {
        const cls = args[0]
        throw pyError(
          TypeError,
          `${cls instanceof PyType ? cls.name : 'object'}.__init_subclass__() takes no keyword arguments`,
        )
      }
      return None
    }),
  )
  defClassMethod(o, '__subclasshook__', '(cls, other)', () => NotImplemented)
  defGetSet(
    o,
    '__class__',
    (s) => typeOf(s),
    (s, v) => {
      if (!(s instanceof PyObject) || !(v instanceof PyType) || s.cls.builtin)
        throw pyError(
          TypeError,
          '__class__ assignment only supported for mutable types or ModuleType subclasses',
        )
      s.cls = v
    },
  )
  o.dict.set('__doc__', 'The base class of the class hierarchy.')
  const dictGetSet = (s: PyValue) => {
    if (s instanceof PyObject && s.dict !== null) return s.dict
    if (s instanceof PyObject && typeOf(s).instanceDict) {
      s.dict = newDict()
      return s.dict
    }
    throw attributeError(s, '__dict__')
  }
  void dictGetSet

  const t = typeType
  t.getattro = (cls, name) => typeGetattr(cls as PyType, name)
  defGetSet(
    t,
    '__name__',
    (c) => (c as PyType).name,
    (c, v) => ((c as PyType).name = str0(v)),
  )
  defGetSet(
    t,
    '__qualname__',
    (c) => (c as PyType).qualname,
    (c, v) => ((c as PyType).qualname = str0(v)),
  )
  defGetSet(
    t,
    '__module__',
    (c) => (c as PyType).dict.m.get('__module__') ?? (c as PyType).module,
    (c, v) => {
      ;(c as PyType).dict.set('__module__', v)
      ;(c as PyType).module = str0(v)
    },
  )
  defGetSet(t, '__doc__', (c) => (c as PyType).dict.m.get('__doc__') ?? None)
  defGetSet(t, '__bases__', (c) => newTuple([...(c as PyType).bases]))
  defGetSet(t, '__base__', (c) => (c as PyType).bases[0] ?? None)
  defGetSet(t, '__mro__', (c) => newTuple([...(c as PyType).mro]))
  defGetSet(t, '__dict__', (c) => (c as PyType).dict.copy(newDict().cls))
  defMethod(t, 'mro', '(self, /)', ([c]) => newList([...(c as PyType).mro]))
  defMethod(t, '__subclasses__', '(self, /)', ([c]) => newList([...(c as PyType).subclasses]))
  defMethod(t, '__repr__', '(self, /)', ([c]) => repr(c), true)
  defMethod(t, '__instancecheck__', '(self, instance, /)', ([c, i]) => typeOf(i).isSubtype(c as PyType))
  defMethod(
    t,
    '__subclasscheck__',
    '(self, subclass, /)',
    ([c, s]) => s instanceof PyType && s.isSubtype(c as PyType),
  )
  t.dict.set(
    '__new__',
    new PyBuiltin('__new__', (args, kwn) => {
      const [meta, name, bases, ns] = args
      if (args.length - (kwn?.length ?? 0) === 2 && meta === typeType) return typeOf(name)
      if (!(meta instanceof PyType)) throw pyError(TypeError, 'type.__new__(X): X is not a type object')
      if (typeof name !== 'string') throw pyError(TypeError, 'type.__new__() argument 1 must be str')
      if (!(bases instanceof PyTuple))
        throw pyError(TypeError, `type.__new__() argument 2 must be tuple, not ${typeOf(bases).name}`)
      if (!(ns instanceof PyDict))
        throw pyError(TypeError, `type.__new__() argument 3 must be dict, not ${typeOf(ns).name}`)
      const n = kwn?.length ?? 0
      return newClass(
        meta,
        name,
        bases.items as PyType[],
        ns,
        n > 0 ? [...kwn!] : [],
        n > 0 ? args.slice(args.length - n) : [],
      )
    }),
  )
  t.dict.set('__init__', new PyBuiltin('__init__', () => None, true))
  t.dict.set(
    '__call__',
    new PyBuiltin('__call__', (args, kwn) => construct(args[0] as PyType, args.slice(1), kwn), true),
  )
  ;(t.dict.m.get('__call__') as PyBuiltin).mirror = true
  t.dict.set('__prepare__', new PyBuiltin('__prepare__', () => newDict()))
  ;(t.dict.m.get('__prepare__') as PyBuiltin).mirror = true

  const f = functionType
  f.instanceDict = true
  defGetSet(
    f,
    '__name__',
    (x) => (x as PyFunction).name,
    (x, v) => ((x as PyFunction).name = str0(v)),
  )
  defGetSet(
    f,
    '__qualname__',
    (x) => (x as PyFunction).qualname,
    (x, v) => ((x as PyFunction).qualname = str0(v)),
  )
  defGetSet(
    f,
    '__module__',
    (x) => (x as PyFunction).module,
    (x, v) => ((x as PyFunction).module = v),
  )
  defGetSet(
    f,
    '__doc__',
    (x) => (x as PyFunction).doc,
    (x, v) => ((x as PyFunction).doc = v),
  )
  defGetSet(f, '__defaults__', (x) =>
    (x as PyFunction).sig.defaults.length > 0 ? newTuple([...(x as PyFunction).sig.defaults]) : None,
  )
  defGetSet(f, '__globals__', (x) => (x as PyFunction).globals)
  defGetSet(f, '__annotations__', (x) => ((x as PyFunction).annotations ??= newDict()))
  defGetSet(f, '__kwdefaults__', () => None)
  defGetSet(f, '__dict__', (x) => ((x as PyObject).dict ??= newDict()))
  defGetSet(f, '__code__', (x) => new CodeProxy(x as PyFunction))
  defMethod(f, '__get__', '(self, instance, owner=None, /)', ([fn, inst]) =>
    inst === None ? fn : new PyBoundMethod(fn, inst),
  )

  const b = builtinFunctionType
  defGetSet(b, '__name__', (x) => (x as PyBuiltin).name)
  defGetSet(b, '__qualname__', (x) => (x as PyBuiltin).qualname)
  defGetSet(b, '__doc__', (x) => (x as PyBuiltin).doc ?? None)
  defGetSet(b, '__module__', () => 'builtins')

  const m = methodType
  defGetSet(m, '__self__', (x) => (x as PyBoundMethod).self)
  defGetSet(m, '__func__', (x) => (x as PyBoundMethod).func)
  m.getattro = (x, name) => {
    const d = methodType.lookup(name)
    if (d !== undefined) return genericGetattr(x, methodType, name)
    return genericGetattr((x as PyBoundMethod).func, typeOf((x as PyBoundMethod).func), name)
  }

  const p = propertyType
  p.instanceDict = false
  p.dict.set(
    '__init__',
    new PyBuiltin(
      '__init__',
      (args, kwn) => {
        const names = ['fget', 'fset', 'fdel', 'doc']
        const self = args[0] as PyProperty
        const pos = args.length - (kwn?.length ?? 0)
        const vals: PyValue[] = [None, None, None, None]
        for (let i = 1; i < pos; i++) vals[i - 1] = args[i]
        kwn?.forEach((k, i) => (vals[names.indexOf(k)] = args[pos + i]))
        ;[self.fget, self.fset, self.fdel, self.doc] = vals
        if (self.doc === None && self.fget instanceof PyFunction) self.doc = self.fget.doc
        return None
      },
      true,
    ),
  )
  const copyProp = (s: PyProperty, k: 'fget' | 'fset' | 'fdel', fn: PyValue) => {
    const n = new PyProperty(s.cls, s.fget, s.fset, s.fdel, s.doc)
    n[k] = fn
    n.name = s.name
    return n
  }
  defMethod(p, 'getter', '(self, fget, /)', ([s, fn]) => copyProp(s, 'fget', fn))
  defMethod(p, 'setter', '(self, fset, /)', ([s, fn]) => copyProp(s, 'fset', fn))
  defMethod(p, 'deleter', '(self, fdel, /)', ([s, fn]) => copyProp(s, 'fdel', fn))
  defGetSet(p, 'fget', (x) => (x as PyProperty).fget)
  defGetSet(p, 'fset', (x) => (x as PyProperty).fset)
  defGetSet(p, 'fdel', (x) => (x as PyProperty).fdel)
  defGetSet(p, '__doc__', (x) => (x as PyProperty).doc)
  defMethod(p, '__get__', '(self, instance, owner=None, /)', ([s, inst]) =>
    inst === None ? s : call((s as PyProperty).fget, [inst], null),
  )
  defMethod(p, '__set__', '(self, instance, value, /)', ([s, inst, v]) => {
    genericSetattrViaProperty(s as PyProperty, inst, v)
    return None
  })
  defMethod(p, '__set_name__', '(self, owner, name, /)', ([s, , n]) => {
    ;(s as PyProperty).name = str0(n)
    return None
  })

  for (const w of [staticmethodType, classmethodType]) {
    w.instanceDict = true
    w.dict.set(
      '__init__',
      new PyBuiltin(
        '__init__',
        (args) => {
          ;(args[0] as PyMethodWrapper).func = args[1]
          return None
        },
        true,
      ),
    )
    defGetSet(w, '__func__', (x) => (x as PyMethodWrapper).func)
    defGetSet(w, '__wrapped__', (x) => (x as PyMethodWrapper).func)
    defMethod(w, '__get__', '(self, instance, owner=None, /)', ([s, inst, owner]) => {
      const x = s as PyMethodWrapper
      if (x.cls === staticmethodType) return x.func
      return new PyBoundMethod(x.func, owner === None ? typeOf(inst) : owner)
    })
  }
  staticmethodType.dict.set(
    '__call__',
    new PyBuiltin(
      '__call__',
      (args, kwn) => call((args[0] as PyMethodWrapper).func, args.slice(1), kwn),
      true,
    ),
  )

  superType.getattro = (sp, name) => superGetattr(sp as PySuper, name)

  moduleType.instanceDict = true
  moduleType.getattro = (mod, name) => {
    const md = mod as PyModule
    const v = md.dict.m.get(name)
    if (v !== undefined) return v
    if (name === '__dict__') return md.dict
    const d = moduleType.lookup(name)
    if (d !== undefined) return bindDescriptor(d, mod, moduleType)
    const ga = md.dict.m.get('__getattr__')
    if (ga !== undefined) return call(ga, [name], null)
    throw attributeError(mod, name)
  }
}

function genericSetattrViaProperty(p: PyProperty, inst: PyValue, v: PyValue): void {
  if (p.fset === None)
    throw pyError(
      AttributeError,
      `property '${p.name ?? '?'}' of '${typeOf(inst).name}' object has no setter`,
    )
  call(p.fset, [inst, v], null)
}

/** Attribute lookup through a super() proxy. */
function superGetattr(sp: PySuper, name: string): PyValue {
  if (name === '__class__') return superType
  const mro = sp.objType.mro
  let i = mro.indexOf(sp.thisType)
  for (i = i + 1; i < mro.length; i++) {
    const d = mro[i]!.dict.m.get(name)
    if (d === undefined) continue
    if (sp.obj === sp.objType && sp.obj instanceof PyType) {
      if (d instanceof PyFunction || d instanceof PyBuiltin) return d
      if (d instanceof PyMethodWrapper)
        return d.cls === classmethodType ? new PyBoundMethod(d.func, sp.obj) : d.func
      return bindDescriptor(d, sp.obj, sp.objType)
    }
    if (d instanceof PyProperty) return call(d.fget, [sp.obj], null)
    return bindDescriptor(d, sp.obj, sp.objType)
  }
  const own = superType.lookup(name)
  if (own !== undefined) return bindDescriptor(own, sp, superType)
  throw pyError(AttributeError, `'super' object has no attribute '${name}'`)
}

/** A minimal `__code__` (co_varnames, co_argcount, co_name, co_filename). */
class CodeProxy extends PyObject {
  constructor(f: PyFunction) {
    super(codeType)
    this.dict = newDict([
      ['co_name', f.code.name],
      ['co_filename', f.code.filename],
      ['co_argcount', f.sig.npos],
      [
        'co_varnames',
        newTuple([
          ...f.sig.names,
          ...(f.sig.varargs ? [f.sig.varargs] : []),
          ...(f.sig.varkw ? [f.sig.varkw] : []),
          ...f.code.varnames.filter(
            (n) => !f.sig.names.includes(n) && n !== f.sig.varargs && n !== f.sig.varkw,
          ),
        ]),
      ],
      ['co_kwonlyargcount', f.sig.nkwonly],
      ['co_flags', (f.sig.varargs ? 4 : 0) | (f.sig.varkw ? 8 : 0)],
    ])
  }
}

const codeType = makeType('code', [objectType], null)

export { idOf, eqBool }
