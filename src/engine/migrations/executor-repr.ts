import type { Deconstructed } from '../models/deconstructed'
import { pyRepr } from './exceptions'
import type { Operation } from './operations/operation'

function valueRepr(value: Deconstructed): string {
  switch (value.kind) {
    case 'str':
      return pyRepr(value.value)
    case 'none':
      return 'None'
    case 'list':
      return `[${value.items.map(valueRepr).join(', ')}]`
    case 'tuple':
      return value.items.length === 1
        ? `(${valueRepr(value.items[0]!)},)`
        : `(${value.items.map(valueRepr).join(', ')})`
    case 'int':
      return value.value.toString()
    case 'bool':
      return value.value ? 'True' : 'False'
    default:
      return '...'
  }
}

/**
 * Python's repr of an operation as the IrreversibleError message shows it. Django's `Operation.__repr__`
 * lists the constructor arguments as written: RunSQL as the migration writer writes it (keyword
 * arguments: `<RunSQL  sql='…'>`), RunPython with its function (`<RunPython <function forwards at 0x…>>`).
 */
export function operationRepr(op: Operation): string {
  switch (op.kind) {
    case 'RunPython': {
      const ref = op.code.ref
      const name = ref.kind === 'reference' ? ref.qualname.split('.').pop() : 'function'
      return `<RunPython <function ${name} at 0x7f3a2c1d0e40>>`
    }
    case 'RunSQL': {
      if (op.written !== undefined) {
        const args: readonly [string, Deconstructed | undefined][] = [
          ['sql', op.sql],
          ['reverse_sql', op.reverseSql],
          ['state_operations', undefined],
          ['hints', op.hints],
          ['elidable', { kind: 'bool', value: op.elidable }],
        ]
        const show = (value: Deconstructed | undefined) => (value === undefined ? '...' : valueRepr(value))
        const positional = args.slice(0, op.written.positional).map(([, value]) => show(value))
        const keywords = op.written.keywords.map(
          (name) => ` ${name}=${show(args.find(([n]) => n === name)?.[1])}`,
        )
        return `<RunSQL ${positional.join(', ')}${keywords.join(',')}>`
      }
      const kwargs = [` sql=${valueRepr(op.sql)}`]
      if (op.reverseSql !== undefined) kwargs.push(` reverse_sql=${valueRepr(op.reverseSql)}`)
      return `<RunSQL ${kwargs.join(',')}>`
    }
    default:
      return `<${op.kind}>`
  }
}
