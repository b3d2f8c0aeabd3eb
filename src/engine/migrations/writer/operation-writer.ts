import { type Deconstructed, NONE, str } from '../../models/deconstructed'
import { assertNever } from '../../util/assert-never'
import type { FieldState, Kwargs } from '../field-state'
import type { FieldEntry, ManagerEntry } from '../model-state'
import type { Operation } from '../operations/operation'
import { type Serialized, serialize, serializeDeconstructed } from './serializer'

/** An operation argument as the writer lays it out: inline, or one item per line (Django's `serialization_expand_args`). */
type WriterArg =
  | { readonly layout: 'inline'; readonly value: Serialized }
  | { readonly layout: 'list'; readonly items: readonly Serialized[] }
  | { readonly layout: 'dict'; readonly entries: readonly (readonly [Serialized, Serialized])[] }

/** Serializes a FieldState as Django's ModelFieldSerializer does: `models.CharField(max_length=100)`. */
export function serializeField(field: FieldState): Serialized {
  return serializeDeconstructed(field.path, field.args, Object.entries(field.kwargs))
}

function merge(...parts: Serialized[]): Set<string> {
  const imports = new Set<string>()
  for (const p of parts) p.imports.forEach((i) => imports.add(i))
  return imports
}

function pair(name: string, value: Serialized): Serialized {
  const key = serialize(str(name))
  return { text: `(${key.text}, ${value.text})`, imports: merge(value) }
}

const inline = (value: Deconstructed): WriterArg => ({ layout: 'inline', value: serialize(value) })
const strArg = (text: string): WriterArg => inline(str(text))
const strOrNone = (text: string | null): WriterArg => inline(text === null ? NONE : str(text))

function fieldsArg(fields: readonly FieldEntry[]): WriterArg {
  return { layout: 'list', items: fields.map(([name, field]) => pair(name, serializeField(field))) }
}

function managersArg(managers: readonly ManagerEntry[]): WriterArg {
  return { layout: 'list', items: managers.map(([name, manager]) => pair(name, serialize(manager))) }
}

function optionsArg(options: Kwargs): WriterArg {
  return {
    layout: 'dict',
    entries: Object.entries(options).map(([k, v]) => [serialize(str(k)), serialize(v)] as const),
  }
}

function operationsArg(ops: readonly Operation[]): WriterArg {
  return {
    layout: 'list',
    items: ops.map((op) => {
      const written = writeOperation(op, 0)
      const text = written.lines.join('\n')
      return { text: text.endsWith(',') ? text.slice(0, -1) : text, imports: written.imports }
    }),
  }
}

function isModelsModelOnly(bases: readonly Deconstructed[]): boolean {
  return (
    bases.length === 1 &&
    bases[0]!.kind === 'reference' &&
    (bases[0]!.module === 'django.db.models' || bases[0]!.module === 'django.db.models.base') &&
    bases[0]!.qualname === 'Model'
  )
}

function isDefaultManagers(managers: readonly ManagerEntry[]): boolean {
  if (managers.length !== 1) return false
  const [name, manager] = managers[0]!
  return (
    name === 'objects' &&
    manager.kind === 'deconstructible' &&
    manager.path === 'django.db.models.manager.Manager' &&
    manager.args.length === 0 &&
    manager.kwargs.length === 0
  )
}

/** The arguments Django's `deconstruct()` gives for an operation, named, in `__init__` signature order. */
function operationArgs(op: Operation): [string, WriterArg][] {
  switch (op.kind) {
    case 'CreateModel': {
      const args: [string, WriterArg][] = [
        ['name', strArg(op.name)],
        ['fields', fieldsArg(op.fields)],
      ]
      if (Object.keys(op.options).length > 0) args.push(['options', optionsArg(op.options)])
      if (op.bases.length > 0 && !isModelsModelOnly(op.bases)) {
        args.push(['bases', inline({ kind: 'tuple', items: op.bases })])
      }
      if (op.managers.length > 0 && !isDefaultManagers(op.managers)) {
        args.push(['managers', managersArg(op.managers)])
      }
      return args
    }
    case 'DeleteModel':
      return [['name', strArg(op.name)]]
    case 'RenameModel':
      return [
        ['old_name', strArg(op.oldName)],
        ['new_name', strArg(op.newName)],
      ]
    case 'AlterModelTable':
      return [
        ['name', strArg(op.name)],
        ['table', strOrNone(op.table)],
      ]
    case 'AlterModelTableComment':
      return [
        ['name', strArg(op.name)],
        ['table_comment', strOrNone(op.tableComment)],
      ]
    case 'AlterUniqueTogether':
      return [
        ['name', strArg(op.name)],
        ['unique_together', inline(op.uniqueTogether)],
      ]
    case 'AlterIndexTogether':
      return [
        ['name', strArg(op.name)],
        ['index_together', inline(op.indexTogether)],
      ]
    case 'AlterOrderWithRespectTo':
      return [
        ['name', strArg(op.name)],
        ['order_with_respect_to', strOrNone(op.orderWithRespectTo)],
      ]
    case 'AlterModelOptions':
      return [
        ['name', strArg(op.name)],
        [
          'options',
          inline({ kind: 'dict', entries: Object.entries(op.options).map(([k, v]) => [str(k), v]) }),
        ],
      ]
    case 'AlterModelManagers':
      return [
        ['name', strArg(op.name)],
        ['managers', managersArg(op.managers)],
      ]
    case 'AddField':
    case 'AlterField': {
      const args: [string, WriterArg][] = [
        ['model_name', strArg(op.modelName)],
        ['name', strArg(op.name)],
        ['field', { layout: 'inline', value: serializeField(op.field) }],
      ]
      if (!op.preserveDefault) args.push(['preserve_default', inline({ kind: 'bool', value: false })])
      return args
    }
    case 'RemoveField':
      return [
        ['model_name', strArg(op.modelName)],
        ['name', strArg(op.name)],
      ]
    case 'RenameField':
      return [
        ['model_name', strArg(op.modelName)],
        ['old_name', strArg(op.oldName)],
        ['new_name', strArg(op.newName)],
      ]
    case 'AddIndex':
      return [
        ['model_name', strArg(op.modelName)],
        ['index', inline(op.index)],
      ]
    case 'RemoveIndex':
    case 'RemoveConstraint':
      return [
        ['model_name', strArg(op.modelName)],
        ['name', strArg(op.name)],
      ]
    case 'RenameIndex': {
      const args: [string, WriterArg][] = [
        ['model_name', strArg(op.modelName)],
        ['new_name', strArg(op.newName)],
      ]
      if (op.oldName !== null) args.push(['old_name', strArg(op.oldName)])
      if (op.oldFields !== null)
        args.push(['old_fields', inline({ kind: 'tuple', items: op.oldFields.map(str) })])
      return args
    }
    case 'AddConstraint':
      return [
        ['model_name', strArg(op.modelName)],
        ['constraint', inline(op.constraint)],
      ]
    case 'AlterConstraint':
      return [
        ['model_name', strArg(op.modelName)],
        ['name', strArg(op.name)],
        ['constraint', inline(op.constraint)],
      ]
    case 'RunSQL': {
      const args: [string, WriterArg][] = [['sql', inline(op.sql)]]
      if (op.reverseSql !== undefined) args.push(['reverse_sql', inline(op.reverseSql)])
      if (op.stateOperations.length > 0) {
        const written = operationsArg(op.stateOperations)
        const items = written.layout === 'list' ? written.items : []
        args.push([
          'state_operations',
          {
            layout: 'inline',
            value: { text: `[${items.map((i) => i.text).join(', ')}]`, imports: merge(...items) },
          },
        ])
      }
      if (op.hints !== undefined) args.push(['hints', inline(op.hints)])
      return args
    }
    case 'RunPython': {
      const args: [string, WriterArg][] = [['code', inline(op.code.ref)]]
      if (op.reverseCode !== undefined) args.push(['reverse_code', inline(op.reverseCode.ref)])
      if (op.atomic !== undefined) args.push(['atomic', inline({ kind: 'bool', value: op.atomic })])
      if (op.hints !== undefined) args.push(['hints', inline(op.hints)])
      return args
    }
    case 'SeparateDatabaseAndState': {
      const args: [string, WriterArg][] = []
      if (op.databaseOperations.length > 0) {
        args.push(['database_operations', operationsArg(op.databaseOperations)])
      }
      if (op.stateOperations.length > 0) args.push(['state_operations', operationsArg(op.stateOperations)])
      return args
    }
    default:
      return assertNever(op)
  }
}

/** The lines of one written operation (without indentation applied yet) and its imports. */
export interface WrittenOperation {
  readonly lines: readonly string[]
  readonly imports: ReadonlySet<string>
}

/**
 * Writes an operation as Django's OperationWriter does: `migrations.AddField(` then one `name=value,`
 * line per argument (expanded arguments one item per line), then `),`; every line prefixed with four
 * spaces per indentation level (2 inside a migration file, 0 for nested operations).
 */
export function writeOperation(op: Operation, indentation: number): WrittenOperation {
  const lines: string[] = []
  const imports = new Set<string>()
  let level = indentation
  const feed = (line: string) => lines.push('    '.repeat(level) + line)
  const feedMultiline = (prefix: string, text: string) => {
    const parts = text.split('\n')
    if (parts.length > 1) {
      feed(prefix + parts[0]!)
      for (const part of parts.slice(1, -1)) feed(part)
      feed(`${parts[parts.length - 1]!},`)
    } else {
      feed(`${prefix}${text},`)
    }
  }
  feed(`migrations.${op.kind}(`)
  level++
  for (const [name, arg] of operationArgs(op)) {
    switch (arg.layout) {
      case 'inline':
        arg.value.imports.forEach((i) => imports.add(i))
        feedMultiline(`${name}=`, arg.value.text)
        break
      case 'list':
        feed(`${name}=[`)
        level++
        for (const item of arg.items) {
          item.imports.forEach((i) => imports.add(i))
          feedMultiline('', item.text)
        }
        level--
        feed('],')
        break
      case 'dict':
        feed(`${name}={`)
        level++
        for (const [key, value] of arg.entries) {
          key.imports.forEach((i) => imports.add(i))
          value.imports.forEach((i) => imports.add(i))
          feedMultiline(`${key.text}: `, value.text)
        }
        level--
        feed('},')
        break
      default:
        assertNever(arg)
    }
  }
  level--
  feed('),')
  return { lines, imports }
}
