import { PyObject, type PyType, type PyValue } from '../../../../python/objects/base'

/**
 * A field instance as the interpreter holds it (`models.CharField(max_length=10)` and instances of
 * custom field classes deriving from a built-in one). `builtin` is the nearest built-in class in the
 * instance's MRO; `params` holds every `__init__` parameter's effective value by name, as each class
 * of the chain left it (defaults included); `counter` orders fields by creation, as Django's
 * `creation_counter` does (auto-created fields get negative counters).
 */
export class FieldObject extends PyObject {
  builtin = 'Field'
  readonly params = new Map<string, PyValue>()
  counter = Number.NaN
  /** The attribute name once the field is attached to a model. */
  name: string | null = null
  /** The model the field is attached to (a model class), once attached. */
  model: PyType | null = null
  /** For relations: the target class once resolved, and the `through` class of a many-to-many. */
  target: PyType | null = null
  through: PyType | null = null
  /** Whether the many-to-many's `through` model was created automatically. */
  autoThrough = false

  /** The effective value of an `__init__` parameter (undefined when no class of the chain has it). */
  param(name: string): PyValue {
    return this.params.get(name)
  }
}

/** Takes a class deriving from a field class, returns a new uninitialised field instance of it. */
export function fieldLayout(builtin: string): (cls: PyType) => FieldObject {
  return (cls) => {
    const field = new FieldObject(cls)
    field.builtin = builtin
    return field
  }
}
