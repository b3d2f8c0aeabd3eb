import type { Deconstructed } from '../../models/deconstructed'
import { type FieldState, fieldState, kwarg } from '../../migrations/field-state'
import { getOption, isManaged, isProxy, type ModelState, optionItems } from '../../migrations/model-state'
import type { ProjectState } from '../../migrations/project-state'
import { MigrationFieldDoesNotExist, MigrationValueError, pyRepr } from '../../migrations/exceptions'
import {
  columnName,
  hasDbIndex,
  isForeignKeyLike,
  isManyToMany,
  isNull,
  isPrimaryKey,
  isUnique,
  stringKwarg,
  truthy,
} from '../../models/fields/field-attributes'
import { relationTarget, throughModel } from '../../models/fields/relation'
import { fieldClass } from '../../models/fields/field-class'
import { expressionSql } from './condition-sql'
import { columnCheck, columnCollation, columnSuffix, columnType, relatedColumnType } from './column-types'

/** A concrete field as the schema editor sees it: its column and everything its definition needs. */
export interface ColumnDef {
  readonly name: string
  readonly field: FieldState
  readonly column: string
  readonly type: string
  readonly check: string | null
  readonly suffix: string | null
  readonly null: boolean
  readonly primaryKey: boolean
  readonly unique: boolean
  readonly dbIndex: boolean
  readonly collation: string | null
  /** For a ForeignKey/OneToOneField with a database constraint: the table and column it references. */
  readonly references: { readonly table: string; readonly column: string } | null
  /** For a ForeignKey/OneToOneField: the target model's key (`app.model_lower`), with or without a constraint. */
  readonly target: string | null
  /** For a GeneratedField: its expression compiled to SQL and whether it is stored (`db_persist`). */
  readonly generated: { readonly sql: string; readonly stored: boolean } | null
}

/** A ManyToManyField of a model: its automatic through table (null when it names a `through` model). */
export interface ManyToManyDef {
  readonly name: string
  readonly field: FieldState
  readonly through: TableModel | null
}

/**
 * A model as the SQLite schema editor needs it (Django's rendered model `_meta`): its table, its
 * concrete local fields in order, its many-to-many fields and its table-level options.
 */
export interface TableModel {
  readonly appLabel: string
  readonly name: string
  readonly dbTable: string
  readonly columns: readonly ColumnDef[]
  readonly manyToMany: readonly ManyToManyDef[]
  /** unique_together as lists of field names. */
  readonly uniqueTogether: readonly (readonly string[])[]
  /** Meta.indexes: `deconstructible` models.Index values. */
  readonly indexes: readonly Deconstructed[]
  /** Meta.constraints: `deconstructible` CheckConstraint / UniqueConstraint values. */
  readonly constraints: readonly Deconstructed[]
  /** Whether migrations create a table for it (managed and not a proxy). */
  readonly migratable: boolean
}

/** Django's default table name: `<app_label>_<model_name_lower>`. */
export function defaultTableName(appLabel: string, modelName: string): string {
  return `${appLabel}_${modelName.toLowerCase()}`
}

/** The table of a model state: `Meta.db_table` or the default; a proxy uses its concrete model's table. */
export function tableName(state: ProjectState, model: ModelState): string {
  const concrete = concreteModel(state, model)
  const table = getOption(concrete, 'db_table')
  return table !== undefined && table.kind === 'str'
    ? table.value
    : defaultTableName(concrete.appLabel, concrete.name)
}

/** Follows a proxy's model bases to the concrete model it stores its rows in. */
export function concreteModel(state: ProjectState, model: ModelState): ModelState {
  let current = model
  for (let depth = 0; isProxy(current) && depth < 50; depth++) {
    const base = current.bases.find((b) => b.kind === 'str')
    if (base === undefined || base.kind !== 'str') break
    const [app, name] = base.value.split('.')
    const next = state.get(app!, name!)
    if (next === undefined) break
    current = next
  }
  return current
}

function targetModel(state: ProjectState, field: FieldState, owner: ModelState): ModelState {
  const ref = relationTarget(field, owner.appLabel, owner.name)
  const target = ref === undefined ? undefined : state.get(ref.appLabel, ref.modelLower)
  if (target === undefined) {
    // Django's ValueError when a relation's target is not in the state (a squash that renamed the
    // model, ticket #32263): its message shows the reference as written.
    const to = kwarg(field, 'to')
    const shown = to !== undefined && to.kind === 'str' ? pyRepr(to.value) : `${owner.appLabel}.${owner.name}`
    throw new MigrationValueError(`Related model ${shown} cannot be resolved`)
  }
  return concreteModel(state, target)
}

/**
 * The `id` field Django's model rendering adds to a model state that declares no primary key (a
 * hand-written CreateModel without one); the project's DEFAULT_AUTO_FIELD, BigAutoField.
 */
const AUTO_ID: readonly [string, FieldState] = [
  'id',
  fieldState('django.db.models.BigAutoField', {
    auto_created: { kind: 'bool', value: true },
    primary_key: { kind: 'bool', value: true },
    serialize: { kind: 'bool', value: false },
    verbose_name: { kind: 'str', value: 'ID' },
  }),
]

/** The model's fields as its rendered class has them: with AUTO_ID first when none is a primary key. */
function renderedFields(model: ModelState): readonly (readonly [string, FieldState])[] {
  return model.fields.some(([, field]) => isPrimaryKey(field)) ? model.fields : [AUTO_ID, ...model.fields]
}

function primaryKeyOf(model: ModelState): readonly [string, FieldState] {
  return renderedFields(model).find(([, field]) => isPrimaryKey(field))!
}

function columnDef(
  state: ProjectState,
  owner: ModelState,
  name: string,
  field: FieldState,
): ColumnDef | null {
  if (isManyToMany(field)) return null
  const column = columnName(name, field)!
  let type: string | null
  let references: ColumnDef['references'] = null
  let target: string | null = null
  if (isForeignKeyLike(field)) {
    const model = targetModel(state, field, owner)
    const toField = stringKwarg(field, 'to_field')
    const targetEntry =
      toField === undefined ? primaryKeyOf(model) : model.fields.find(([n]) => n === toField)
    if (targetEntry === undefined)
      throw new MigrationFieldDoesNotExist(`${model.name} has no field named '${toField}'`)
    type = isForeignKeyLike(targetEntry[1])
      ? (columnDef(state, model, targetEntry[0], targetEntry[1])?.type ?? null)
      : relatedColumnType(targetEntry[1])
    target = `${model.appLabel}.${model.name.toLowerCase()}`
    const constraint = kwarg(field, 'db_constraint')
    if (constraint === undefined || truthy(constraint)) {
      references = { table: tableName(state, model), column: columnName(targetEntry[0], targetEntry[1])! }
    }
  } else {
    type = columnType(field)
  }
  let generated: ColumnDef['generated'] = null
  let typed = field
  if (fieldClass(field) === 'GeneratedField') {
    const output = kwarg(field, 'output_field')
    const expression = kwarg(field, 'expression')
    if (output?.kind !== 'deconstructible' || expression === undefined)
      throw new RangeError(`GeneratedField ${name} needs expression and output_field`)
    typed = fieldState(
      output.path.replace(/^django\.db\.models\.fields\./, 'django.db.models.'),
      Object.fromEntries(output.kwargs),
    )
    type = columnType(typed)
    const lookup = (fieldName: string) => {
      const entry = owner.fields.find(([n, f]) => n === fieldName || columnName(n, f) === fieldName)
      if (entry === undefined)
        throw new MigrationFieldDoesNotExist(`${owner.name} has no field named '${fieldName}'`)
      return { column: columnName(entry[0], entry[1]) ?? entry[0], field: entry[1] }
    }
    generated = { sql: expressionSql(expression, lookup), stored: truthy(kwarg(field, 'db_persist')) }
  }
  if (type === null) return null
  return {
    generated,
    name,
    field,
    column,
    type,
    check: columnCheck(typed, column),
    suffix: columnSuffix(field),
    null: isNull(field),
    primaryKey: isPrimaryKey(field),
    unique: isUnique(field),
    dbIndex: hasDbIndex(field),
    collation: columnCollation(field),
    references,
    target,
  }
}

function namesOf(value: Deconstructed): string[] {
  if (value.kind === 'str') return [value.value]
  if (value.kind === 'list' || value.kind === 'tuple' || value.kind === 'set' || value.kind === 'frozenset') {
    return value.items.flatMap(namesOf)
  }
  return []
}

/** unique_together of a model state as lists of field names (a single tuple counts as one constraint). */
export function uniqueTogetherOf(model: ModelState): string[][] {
  const items = optionItems(model, 'unique_together')
  if (items.length > 0 && items.every((item) => item.kind === 'str'))
    return [items.map((i) => (i as { value: string }).value)]
  return items.map(namesOf)
}

function autoThrough(
  state: ProjectState,
  owner: ModelState,
  ownerTable: string,
  name: string,
  field: FieldState,
): TableModel {
  const target = targetModel(state, field, owner)
  const ownerLower = owner.name.toLowerCase()
  const targetLower = target.name.toLowerCase()
  const self = owner.appLabel === target.appLabel && ownerLower === targetLower
  const from = self ? `from_${ownerLower}` : ownerLower
  const to = self ? `to_${targetLower}` : targetLower
  const constraint = kwarg(field, 'db_constraint')
  const withConstraint = constraint === undefined || truthy(constraint)
  const fk = (model: ModelState): FieldState =>
    fieldState('django.db.models.ForeignKey', {
      to: { kind: 'str', value: `${model.appLabel}.${model.name.toLowerCase()}` },
      on_delete: { kind: 'reference', module: 'django.db.models.deletion', qualname: 'CASCADE' },
      ...(withConstraint ? {} : { db_constraint: { kind: 'bool', value: false } }),
    })
  const throughName = `${owner.name}_${name}`
  const dbTable = stringKwarg(field, 'db_table') ?? `${ownerTable}_${name}`
  const throughState: ModelState = {
    appLabel: owner.appLabel,
    name: throughName,
    fields: [
      [
        'id',
        fieldState('django.db.models.BigAutoField', {
          auto_created: { kind: 'bool', value: true },
          primary_key: { kind: 'bool', value: true },
        }),
      ],
      [from, fk(owner)],
      [to, fk(target)],
    ],
    options: {},
    bases: [],
    managers: [],
  }
  const columns = throughState.fields.map(([n, f]) => columnDef(state, throughState, n, f)!)
  return {
    appLabel: owner.appLabel,
    name: throughName,
    dbTable,
    columns,
    manyToMany: [],
    uniqueTogether: [[from, to]],
    indexes: [],
    constraints: [],
    migratable: true,
  }
}

/** Builds the schema editor's picture of model `(app, name)` in `state`. */
export function tableModel(state: ProjectState, appLabel: string, modelName: string): TableModel {
  const model = state.getOrThrow(appLabel, modelName)
  return tableModelOf(state, model)
}

/** Builds the schema editor's picture of a model state (which need not be in `state`, e.g. a remade table). */
export function tableModelOf(state: ProjectState, model: ModelState, dbTable?: string): TableModel {
  const table = dbTable ?? tableName(state, model)
  const columns: ColumnDef[] = []
  const manyToMany: ManyToManyDef[] = []
  for (const [name, field] of renderedFields(model)) {
    if (isManyToMany(field)) {
      const explicit = throughModel(field, model.appLabel, model.name)
      manyToMany.push({
        name,
        field,
        through: explicit === undefined ? autoThrough(state, model, table, name, field) : null,
      })
      continue
    }
    const def = columnDef(state, model, name, field)
    if (def !== null) columns.push(def)
  }
  return {
    appLabel: model.appLabel,
    name: model.name,
    dbTable: table,
    columns,
    manyToMany,
    uniqueTogether: uniqueTogetherOf(model),
    indexes: optionItems(model, 'indexes'),
    constraints: optionItems(model, 'constraints'),
    migratable: isManaged(model) && !isProxy(model),
  }
}

/** The column of field `name` in the model; throws naming the field when missing. */
export function columnOf(model: TableModel, name: string): ColumnDef {
  const def = model.columns.find((c) => c.name === name)
  if (def === undefined) throw new MigrationFieldDoesNotExist(`${model.name} has no field named '${name}'`)
  return def
}
