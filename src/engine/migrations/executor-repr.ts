import type { Operation } from './operations/operation'

/**
 * Python's repr of an operation as the IrreversibleError message shows it (`<RunPython <function
 * forwards at 0x…>>`, `<RunSQL 'DROP …'>`); Django's `Operation.__repr__` lists the constructor
 * arguments. Only the irreversible kinds appear in that message.
 */
export function operationRepr(op: Operation): string {
  switch (op.kind) {
    case 'RunPython': {
      const ref = op.code.ref
      const name = ref.kind === 'reference' ? ref.qualname.split('.').pop() : 'function'
      return `<RunPython <function ${name} at 0x7f3a2c1d0e40>>`
    }
    case 'RunSQL':
      return `<RunSQL ${op.sql.kind === 'str' ? `'${op.sql.value.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'` : '[…]'}>`
    default:
      return `<${op.kind}>`
  }
}
