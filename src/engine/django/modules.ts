import { createOptionsClass } from './db/models/options-class'
import type { Interpreter } from '../python/interpreter'
import { PyObject, type PyValue } from '../python/objects/base'
import { getattr } from '../python/objects/attributes'
import { call, callKw } from '../python/objects/calls'
import { PyBuiltin, type PyModule } from '../python/objects/functions'
import { pyError, TypeError } from '../python/objects/exceptions'
import { None } from '../python/objects/types'
import { defineClass } from './host/native'
import { buildCoreExceptions } from './core/exceptions'
import { buildValidators } from './core/validators'
import { createModelClasses } from './db/models/base'
import { DeconstructibleObject, deconstructibleClass } from './db/models/deconstructible'
import { createExpressionClasses, createQ } from './db/models/expressions'
import { createFieldClasses } from './db/models/fields/field-classes-module'
import { DATABASE_FUNCTIONS, createFunctionClasses } from './db/models/functions'
import { createIndexClasses } from './db/models/indexes'
import { createManagerClasses } from './db/models/manager'
import { ModelOptions } from './db/models/options'
import { buildDb, exportOrm, installOrm } from './db/models/orm-modules'
import { buildMigrationsModule } from './db/migrations/migrations-module'
import type { DjangoRuntime } from './runtime'

const ON_DELETE = ['CASCADE', 'PROTECT', 'RESTRICT', 'SET_NULL', 'SET_DEFAULT', 'DO_NOTHING'] as const

function buildDeletion(module: PyModule, rt: DjangoRuntime): void {
  for (const name of ON_DELETE) {
    const fn = new PyBuiltin(name, () => None, false, name)
    rt.export(fn, 'django.db.models.deletion', name)
    rt.classes.set(name, fn as never)
    module.set(name, fn)
  }
  const setCls = deconstructibleClass(
    {
      name: 'set_on_delete',
      module: 'django.db.models.deletion',
      path: 'django.db.models.SET',
      attrs: { __call__: new PyBuiltin('__call__', () => None, true) },
    },
    rt,
  )
  module.set('SET', new PyBuiltin('SET', (args) => call(setCls, args), false, 'SET'))
  const protectedError = rt.classes.get('ProtectedError')
  if (protectedError !== undefined) module.set('ProtectedError', protectedError)
}

/** The models module's public names that come from other modules. */
function buildModelsModule(m: PyModule, interp: Interpreter, rt: DjangoRuntime): void {
  const deletion = interp.importModule('django.db.models.deletion')
  for (const name of [...ON_DELETE, 'SET']) m.set(name, deletion.get(name))
  for (const [name, cls] of rt.classes) {
    if (
      name.endsWith('Field') ||
      name === 'ForeignKey' ||
      [
        'Model',
        'Manager',
        'Index',
        'UniqueConstraint',
        'CheckConstraint',
        'BaseConstraint',
        'Q',
        'F',
        'Value',
        'Func',
        'ExpressionWrapper',
        'Case',
        'When',
        'OuterRef',
        'Expression',
      ].includes(name)
    ) {
      m.set(name, cls)
    }
  }
  const enums = interp.importModule('django.db.models.enums')
  for (const name of ['Choices', 'TextChoices', 'IntegerChoices']) {
    const value = enums.get(name)
    if (value !== undefined) m.set(name, value)
  }
  m.set('NOT_PROVIDED', rt.classes.get('NOT_PROVIDED') ?? None)
}

function aware(interp: Interpreter, rt: DjangoRuntime): PyValue {
  const datetime = interp.importModule('datetime')
  const micros = rt.nowMicros()
  const now = new Date(Math.floor(micros / 1000))
  const utc = getattr(datetime.get('timezone'), 'utc')
  return callKw(
    datetime.get('datetime'),
    [
      now.getUTCFullYear(),
      now.getUTCMonth() + 1,
      now.getUTCDate(),
      now.getUTCHours(),
      now.getUTCMinutes(),
      now.getUTCSeconds(),
      micros % 1_000_000,
    ],
    { tzinfo: utc },
  )
}

function buildTimezone(m: PyModule, interp: Interpreter, rt: DjangoRuntime): void {
  const datetime = interp.importModule('datetime')
  const utc = getattr(datetime.get('timezone'), 'utc')
  m.set('utc', utc)
  m.set('timedelta', datetime.get('timedelta'))
  const now = rt.export(
    new PyBuiltin('now', () => aware(interp, rt), false, 'now'),
    'django.utils.timezone',
    'now',
  )
  m.set('now', now)
  m.set('get_current_timezone', new PyBuiltin('get_current_timezone', () => utc))
  m.set('get_default_timezone', new PyBuiltin('get_default_timezone', () => utc))
  m.set('is_aware', new PyBuiltin('is_aware', ([v]) => call(getattr(v, 'utcoffset'), []) !== None))
  m.set('is_naive', new PyBuiltin('is_naive', ([v]) => call(getattr(v, 'utcoffset'), []) === None))
  m.set(
    'make_aware',
    new PyBuiltin('make_aware', ([v]) => callKw(getattr(v, 'replace'), [], { tzinfo: utc })),
  )
  m.set('localtime', new PyBuiltin('localtime', (args) => (args.length === 0 ? aware(interp, rt) : args[0])))
}

function buildSettings(m: PyModule, rt: DjangoRuntime, interp: Interpreter): void {
  const settingsCls = defineClass({ name: 'Settings', module: 'django.conf' })
  const settings = call(settingsCls, []) as PyObject
  const values: Record<string, PyValue> = {
    DEBUG: false,
    USE_TZ: true,
    TIME_ZONE: 'UTC',
    DEFAULT_AUTO_FIELD: 'django.db.models.BigAutoField',
    AUTH_USER_MODEL: 'auth.User',
    INSTALLED_APPS: interp.eval(`[${rt.installedApps.map((a) => `'${a}'`).join(', ')}]`, interp.builtins),
    SECRET_KEY: 'playground',
    LANGUAGE_CODE: 'en-us',
    USE_I18N: true,
  }
  for (const [key, value] of Object.entries(values)) settings.dict!.set(key, value)
  m.set('settings', settings)
}

/**
 * Registers every Django module the playground provides on `interp`: `django`, `django.conf`,
 * `django.db` (`models`, `migrations`, `transaction`, `connection`), `django.db.models` and its
 * submodules, `django.core.exceptions`, `django.core.validators`, `django.utils.timezone`,
 * `django.utils.deconstruct`. Classes are created once per interpreter, on first import.
 */
export function installDjango(interp: Interpreter, rt: DjangoRuntime): void {
  let ready = false
  const ensure = (): void => {
    if (ready) return
    ready = true
    interp.importModule('django.core.exceptions')
    rt.classes.set('Options', createOptionsClass(rt))
    createFieldClasses(rt)
    createManagerClasses(rt)
    createExpressionClasses(rt)
    createQ(rt)
    createIndexClasses(rt)
    interp.importModule('django.db.models.deletion')
    createModelClasses(rt)
    const models = interp.importModule('django.db.models')
    if (models.get('Model') === undefined) buildModelsModule(models, interp, rt)
    exportOrm(interp, models)
  }
  interp.registerModule('django', (m) =>
    m.set('VERSION', interp.eval("(5, 2, 8, 'final', 0)", interp.builtins)),
  )
  interp.registerModule('django.conf', (m) => buildSettings(m, rt, interp))
  interp.registerModule('django.core.exceptions', (m) => buildCoreExceptions(m, rt))
  interp.registerModule('django.core.validators', (m) => {
    ensure()
    buildValidators(m, rt)
  })
  interp.registerModule('django.db.models.deletion', (m) => buildDeletion(m, rt))
  interp.registerModule('django.utils.timezone', (m) => buildTimezone(m, interp, rt))
  interp.registerModule('django.utils.deconstruct', (m) =>
    m.set('deconstructible', new PyBuiltin('deconstructible', (args) => args[0] ?? None)),
  )
  interp.registerModule('django.db.models.enums', (m) => {
    ensure()
    interp.exec(CHOICES_SOURCE, 'django/db/models/enums.py', m.dict)
    const choices = m.get('Choices')
    if (choices !== undefined) rt.classes.set('Choices', choices)
  })
  interp.registerModule('django.db.models.fields', (m) => {
    ensure()
    for (const [name, cls] of rt.classes)
      if (name.endsWith('Field') || name === 'ForeignKey') m.set(name, cls)
  })
  interp.registerModule('django.db.models.expressions', (m) => {
    ensure()
    for (const name of [
      'F',
      'Value',
      'Func',
      'CombinedExpression',
      'ExpressionWrapper',
      'OrderBy',
      'Case',
      'When',
      'RawSQL',
      'Expression',
      'Combinable',
    ])
      m.set(name, rt.cls(name))
  })
  interp.registerModule('django.db.models.functions', (m) => {
    ensure()
    createFunctionClasses(rt, {
      functions: m,
      sub: (name) => interp.importModule(`django.db.models.functions.${name}`),
    })
  })
  for (const sub of Object.keys(DATABASE_FUNCTIONS))
    interp.registerModule(`django.db.models.functions.${sub}`, () => undefined)
  interp.registerModule('django.db.models', (m) => {
    ensure()
    buildModelsModule(m, interp, rt)
    interp.importModule('django.db.models.functions')
    if (rt.classes.has('Model')) exportOrm(interp, m)
  })
  interp.registerModule('django.db', (m) => buildDb(interp, m))
  installOrm(interp, rt)
  for (const sub of ['', '.base', '.models', '.fields', '.special']) {
    interp.registerModule(`django.db.migrations.operations${sub}`, () => undefined)
  }
  interp.registerModule('django.db.migrations', (m) => {
    ensure()
    buildMigrationsModule(m, interp, rt)
  })
  void DeconstructibleObject
  void TypeError
  void pyError
}

/** `django.db.models.enums`, written in Python on the interpreter's `enum` module. */
const CHOICES_SOURCE = `
import enum


class ChoicesType(enum.EnumMeta):
    def __new__(metacls, classname, bases, classdict, **kwds):
        labels = []
        for key in classdict._member_names:
            value = classdict[key]
            if isinstance(value, (list, tuple)) and len(value) > 1 and isinstance(value[-1], str):
                *value, label = value
                value = tuple(value)
            else:
                label = key.replace("_", " ").title()
            labels.append(label)
            dict.__setitem__(classdict, key, value)
        cls = super().__new__(metacls, classname, bases, classdict, **kwds)
        for member, label in zip(cls.__members__.values(), labels):
            member._label_ = label
        return enum.unique(cls)

    @property
    def names(cls):
        return [member.name for member in cls]

    @property
    def choices(cls):
        return [(member.value, member.label) for member in cls]

    @property
    def labels(cls):
        return [label for _, label in cls.choices]

    @property
    def values(cls):
        return [value for value, _ in cls.choices]


class Choices(enum.Enum, metaclass=ChoicesType):
    @property
    def label(self):
        return self._label_

    def __str__(self):
        return str(self.value)

    def __repr__(self):
        return f"{self.__class__.__qualname__}.{self._name_}"


class IntegerChoices(Choices, int):
    pass


class TextChoices(Choices, str):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name
`
