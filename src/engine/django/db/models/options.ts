import { PyObject, type PyType, type PyValue } from '../../../python/objects/base'
import type { FieldObject } from './fields/field-object'

/**
 * The Meta option names Django reads from a model's `Meta`, in Django's order (the order of a
 * ModelState's options).
 */
export const META_OPTION_NAMES: readonly string[] = [
  'verbose_name',
  'verbose_name_plural',
  'db_table',
  'db_table_comment',
  'ordering',
  'unique_together',
  'permissions',
  'get_latest_by',
  'order_with_respect_to',
  'app_label',
  'db_tablespace',
  'abstract',
  'managed',
  'proxy',
  'swappable',
  'auto_created',
  'apps',
  'default_permissions',
  'select_on_save',
  'default_related_name',
  'required_db_features',
  'required_db_vendor',
  'base_manager_name',
  'default_manager_name',
  'indexes',
  'constraints',
]

/** A manager attached to a model: its attribute name, the manager object and its creation order. */
export interface ManagerEntry {
  readonly name: string
  readonly manager: PyObject
  readonly counter: number
}

/**
 * A model's `_meta` (Django's `Options`): the model class, its app, the Meta attributes it set
 * (`originalAttrs`, in Django's order), its own fields in creation order (many-to-many included),
 * its concrete parents (multi-table inheritance) and managers.
 */
export class ModelOptions extends PyObject {
  model!: PyType
  appLabel = ''
  objectName = ''
  abstract = false
  proxy = false
  managed = true
  /** The Meta attributes the model set (own or inherited through `class Meta(Base.Meta)`), in META_OPTION_NAMES order. */
  originalAttrs: [string, PyValue][] = []
  /** Own fields (concrete, many-to-many, parent links), sorted by creation counter. */
  localFields: FieldObject[] = []
  /** Direct concrete model parents, in base order. */
  parents: PyType[] = []
  /** For a proxy, the model it proxies (its first concrete model base). */
  proxyFor: PyType | null = null
  managers: ManagerEntry[] = []
  /** The class body's source line (for diagnostics), when known. */
  explicitPk = false

  /** The model name lowercased (`book`). */
  get modelName(): string {
    return this.objectName.toLowerCase()
  }

  /** `app.Book`. */
  get label(): string {
    return `${this.appLabel}.${this.objectName}`
  }

  /** `app.book`. */
  get labelLower(): string {
    return `${this.appLabel}.${this.modelName}`
  }

  /** A Meta attribute the model set, or undefined. */
  attr(name: string): PyValue {
    return this.originalAttrs.find(([key]) => key === name)?.[1]
  }

  /** The database table: `Meta.db_table`, else `app_model`. */
  get dbTable(): string {
    const explicit = this.attr('db_table')
    return typeof explicit === 'string' && explicit !== '' ? explicit : `${this.appLabel}_${this.modelName}`
  }

  /** The concrete model: the model itself, or for a proxy the concrete model it ends at. */
  concreteModel(): PyType {
    let current: ModelOptions = this
    while (current.proxy && current.proxyFor !== null) {
      const next = optionsOf(current.proxyFor)
      if (next === undefined) break
      current = next
    }
    return current.model
  }

  /** Every field of the model, its parents' first (Django's `_meta.get_fields()` for concrete fields). */
  allFields(): FieldObject[] {
    const own = optionsOf(this.concreteModel())
    if (own === undefined) return []
    const inherited = own.parents.flatMap((parent) => optionsOf(parent)?.allFields() ?? [])
    return [...inherited, ...own.localFields]
  }

  /** The field `name` of the model (own or inherited), or undefined. */
  getField(name: string): FieldObject | undefined {
    return this.allFields().find((field) => field.name === name)
  }

  /** The primary key field (own, or the parent link of a child model, or the concrete model's). */
  pk(): FieldObject | undefined {
    const concrete = optionsOf(this.concreteModel())
    if (concrete === undefined) return undefined
    return concrete.localFields.find((field) => field.param('primary_key') === true)
  }
}

/** The `_meta` of a model class, or undefined for any other class. */
export function optionsOf(cls: PyType): ModelOptions | undefined {
  const meta = cls.dict.get('_meta')
  return meta instanceof ModelOptions && meta.model === cls ? meta : undefined
}

/** `app.Model` for a model class. */
export function modelLabel(cls: PyType): string {
  return optionsOf(cls)?.label ?? cls.name
}

/** `app.model` for a model class. */
export function modelLabelLower(cls: PyType): string {
  return optionsOf(cls)?.labelLower ?? cls.name.toLowerCase()
}
