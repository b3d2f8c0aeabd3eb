import { namesDigest } from '../backends/sqlite/names'
import type { FieldState } from '../migrations/field-state'
import {
  type FieldEntry,
  type ManagerEntry,
  type ModelState,
  MODEL_BASE,
  modelState,
} from '../migrations/model-state'
import { ProjectState } from '../migrations/project-state'
import type { Deconstructed } from '../models/deconstructed'
import { PyType, type PyValue } from '../python/objects/base'
import { getattr } from '../python/objects/attributes'
import { call } from '../python/objects/calls'
import { PyList, PySet, PyTuple } from '../python/objects/containers'
import { PyDict } from '../python/objects/dict'
import { PyBuiltin } from '../python/objects/functions'
import { truthy } from '../python/objects/compare'
import { typeOf } from '../python/objects/types'
import { DeconstructibleObject } from './db/models/deconstructible'
import { deconstructField } from './db/models/fields/deconstruct'
import type { FieldObject } from './db/models/fields/field-object'
import { objectName } from './db/models/indexes'
import { managerPath, type ManagerObject } from './db/models/manager'
import { optionsOf, type ModelOptions } from './db/models/options'
import { toDeconstructed } from './python-values'
import type { DjangoRuntime } from './runtime'

/** The database column of a field: `db_column`, else `name_id` for a foreign key, else its name. */
export function fieldColumn(field: FieldObject): string {
  const column = field.param('db_column')
  if (typeof column === 'string') return column
  return field.builtin === 'ForeignKey' || field.builtin === 'OneToOneField'
    ? `${field.name}_id`
    : field.name!
}

function isBuiltinClass(field: FieldObject, rt: DjangoRuntime): boolean {
  return rt.classes.get(field.cls.name) === field.cls
}

/**
 * Takes a field attached to a model (or inside a migration file), returns its FieldState: Django's
 * `deconstruct()` (a custom field class's own `deconstruct()` when it defines one in Python).
 */
export function fieldStateOf(field: FieldObject, rt: DjangoRuntime): FieldState {
  const custom = !isBuiltinClass(field, rt)
  const method = typeOf(field).lookup('deconstruct')
  let path: string
  let args: readonly PyValue[]
  let kwargs: [string, PyValue][]
  if (custom && !(method instanceof PyBuiltin)) {
    const result = call(getattr(field, 'deconstruct'), []) as PyTuple
    const [, p, a, k] = result.items
    path = String(p)
    args = [...(a as PyList | PyTuple).items]
    kwargs = [...(k as PyDict).entries()].map(([key, value]) => [String(key), value])
  } else {
    const d = deconstructField(field)
    path = d.path
    args = d.args
    kwargs = [...d.kwargs]
  }
  const state: FieldState = {
    path,
    args: args.map((a) => toDeconstructed(a, rt)),
    kwargs: Object.fromEntries(kwargs.map(([k, v]) => [k, toDeconstructed(v, rt)])),
    ...(custom ? { baseClass: field.builtin } : {}),
  }
  return Object.freeze(state)
}

function normaliseTogether(value: PyValue, rt: DjangoRuntime): Deconstructed {
  const items =
    value instanceof PyList || value instanceof PyTuple
      ? value.items
      : value instanceof PySet
        ? [...value.table.keys()]
        : []
  if (items.length === 0) return { kind: 'set', items: [] }
  const nested = items.every((i) => i instanceof PyList || i instanceof PyTuple)
  const groups = nested ? items : [value]
  return {
    kind: 'set',
    items: groups.map((g) => ({
      kind: 'tuple' as const,
      items: [...(g as PyTuple).items].map((x) => toDeconstructed(x, rt)),
    })),
  }
}

function indexWithName(index: PyValue, opts: ModelOptions, rt: DjangoRuntime): Deconstructed {
  if (index instanceof DeconstructibleObject && typeof objectName(index) !== 'string') {
    const fields = (index.state.get('fields') as string[] | undefined) ?? []
    const columns = fields.map((f) => {
      const bare = f.startsWith('-') ? f.slice(1) : f
      const field = opts.getField(bare)
      const column = field === undefined ? bare : fieldColumn(field)
      return f.startsWith('-') ? `-${column}` : column
    })
    if (columns.length > 0) index.state.set('name', autoIndexName(opts.dbTable, columns))
  }
  return toDeconstructed(index, rt)
}

/** Django's generated name for an unnamed `Meta.indexes` entry: `table[:11]_column[:7]_<hash>_idx`. */
function autoIndexName(table: string, columnsWithOrder: readonly string[]): string {
  const digest = namesDigest([table, ...columnsWithOrder, 'idx'], 6)
  const first = columnsWithOrder[0]!.replace(/^-/, '')
  let name = `${table.slice(0, 11)}_${first.slice(0, 7)}_${digest}_idx`
  if (name[0] === '_' || /\d/.test(name[0]!)) name = `D${name.slice(1)}`
  return name
}

function optionsState(opts: ModelOptions, rt: DjangoRuntime): Record<string, Deconstructed> {
  const out: Record<string, Deconstructed> = {}
  for (const [name, value] of opts.originalAttrs) {
    if (name === 'apps' || name === 'app_label' || name === 'index_together') continue
    if (name === 'unique_together') out[name] = normaliseTogether(value, rt)
    else if (name === 'indexes')
      out[name] = { kind: 'list', items: iterItems(value).map((i) => indexWithName(i, opts, rt)) }
    else if (name === 'constraints')
      out[name] = { kind: 'list', items: iterItems(value).map((c) => toDeconstructed(c, rt)) }
    else out[name] = toDeconstructed(value, rt)
  }
  return out
}

function iterItems(value: PyValue): PyValue[] {
  return value instanceof PyList || value instanceof PyTuple ? [...value.items] : []
}

function flattenBases(cls: PyType, rt: DjangoRuntime): PyType[] {
  const out: PyType[] = []
  for (const base of cls.bases) {
    const opts = optionsOf(base)
    if (opts !== undefined && opts.abstract) out.push(...flattenBases(base, rt))
    else out.push(base)
  }
  return out
}

function basesState(cls: PyType, rt: DjangoRuntime): Deconstructed[] {
  const flat = [...new Set(flattenBases(cls, rt))].sort((a, b) => cls.mro.indexOf(a) - cls.mro.indexOf(b))
  const model = rt.cls('Model')
  const bases: Deconstructed[] = flat.map((base) => {
    const opts = optionsOf(base)
    if (opts !== undefined) return { kind: 'str', value: opts.labelLower }
    if (base === model) return MODEL_BASE
    return { kind: 'reference', module: base.module, qualname: base.qualname }
  })
  const anyModel = flat.some((b) => b.isSubtype(model))
  return anyModel ? bases : [MODEL_BASE]
}

function managerState(manager: ManagerObject): Deconstructed {
  return { kind: 'deconstructible', path: managerPath(manager), args: [], kwargs: [] }
}

const PLAIN_MANAGER: Deconstructed = {
  kind: 'deconstructible',
  path: 'django.db.models.manager.Manager',
  args: [],
  kwargs: [],
}

function managersState(opts: ModelOptions): ManagerEntry[] {
  const out: ManagerEntry[] = []
  const defaultName = opts.attr('default_manager_name')
  const defaultEntry = opts.managers.find((m) => m.name === defaultName) ?? opts.managers[0]
  let shim = false
  for (const entry of opts.managers) {
    if (out.some(([n]) => n === entry.name)) continue
    if (truthy(getattr(entry.manager, 'use_in_migrations')))
      out.push([entry.name, managerState(entry.manager as ManagerObject)])
    else if (entry === defaultEntry) {
      out.push([entry.name, PLAIN_MANAGER])
      shim = true
    }
  }
  if (shim && out.length === 1 && out[0]![0] === 'objects' && out[0]![1] === PLAIN_MANAGER) return []
  return out
}

/** Takes a (non-abstract) model class, returns the ModelState Django's `ModelState.from_model` builds. */
export function modelStateOf(cls: PyType, rt: DjangoRuntime): ModelState {
  const opts = optionsOf(cls)!
  const concrete = opts.localFields.filter((f) => f.builtin !== 'ManyToManyField')
  const m2m = opts.localFields.filter((f) => f.builtin === 'ManyToManyField')
  const fields: FieldEntry[] = [...concrete, ...m2m].map((f) => [f.name!, fieldStateOf(f, rt)])
  return modelState({
    appLabel: opts.appLabel,
    name: opts.objectName,
    fields: opts.proxy ? [] : fields,
    options: optionsState(opts, rt),
    bases: basesState(cls, rt),
    managers: managersState(opts),
  })
}

/** The ProjectState of every non-abstract model in the registry, in registration order (Django's `from_apps`). */
export function projectStateOf(rt: DjangoRuntime): ProjectState {
  return ProjectState.of(rt.models.filter((m) => !optionsOf(m)!.abstract).map((m) => modelStateOf(m, rt)))
}
