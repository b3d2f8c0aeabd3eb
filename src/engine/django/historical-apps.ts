import type { ModelState } from '../migrations/model-state'
import type { ProjectState } from '../migrations/project-state'
import { serialize, serializePath } from '../migrations/writer/serializer'
import { serializeField } from '../migrations/writer/operation-writer'
import type { Interpreter } from '../python/interpreter'
import type { PyType } from '../python/objects/base'
import { newDict } from '../python/objects/types'
import { resolveRelations } from './relations'
import type { DjangoRuntime } from './runtime'

/** The Meta options a historical model keeps (those that change how the ORM queries). */
const KEPT_OPTIONS = [
  'db_table',
  'ordering',
  'get_latest_by',
  'verbose_name',
  'verbose_name_plural',
  'managed',
]

function indent(text: string): string {
  return `    ${text}`
}

/** The `class Name(models.Model): …` source of one historical model, and the imports it needs. */
function modelSource(model: ModelState, imports: Set<string>): string {
  const bases = model.bases.map((base) => {
    if (base.kind === 'str') return base.value.split('.').pop()!
    if (base.kind === 'reference') {
      const s = serializePath(`${base.module}.${base.qualname}`)
      s.imports.forEach((i) => imports.add(i))
      return s.text
    }
    return 'models.Model'
  })
  const lines = [`class ${model.name}(${bases.join(', ')}):`]
  for (const [name, field] of model.fields) {
    const s = serializeField(field)
    s.imports.forEach((i) => imports.add(i))
    lines.push(indent(`${name} = ${s.text}`))
  }
  for (const [name, manager] of model.managers) {
    const s = serialize(manager)
    s.imports.forEach((i) => imports.add(i))
    lines.push(indent(`${name} = ${s.text}`))
  }
  lines.push(indent('class Meta:'))
  lines.push(indent(indent(`app_label = ${JSON.stringify(model.appLabel)}`)))
  for (const option of KEPT_OPTIONS) {
    const value = model.options[option]
    if (value === undefined) continue
    const s = serialize(value)
    s.imports.forEach((i) => imports.add(i))
    lines.push(indent(indent(`${option} = ${s.text}`)))
  }
  return lines.join('\n')
}

/** Orders models so that a model comes after the models it inherits from (by `'app.model'` label). */
function basesFirst(models: readonly ModelState[]): ModelState[] {
  const done = new Set<string>()
  const out: ModelState[] = []
  let pending = [...models]
  while (pending.length > 0) {
    const next = pending.filter((m) =>
      m.bases.every((b) => b.kind !== 'str' || done.has(b.value.toLowerCase())),
    )
    const take = next.length > 0 ? next : pending
    for (const m of take) {
      out.push(m)
      done.add(`${m.appLabel}.${m.name.toLowerCase()}`)
    }
    pending = pending.filter((m) => !take.includes(m))
  }
  return out
}

/**
 * Renders the models of `state` as Python classes in the module `__fake__` (Django's historical
 * models: the fields of that state, no custom methods, their migration managers), in a registry of
 * their own; returns them by `'app.model'` label.
 */
export function renderHistoricalModels(
  interp: Interpreter,
  rt: DjangoRuntime,
  state: ProjectState,
): Map<string, PyType> {
  const byApp = new Map<string, ModelState[]>()
  for (const model of basesFirst(state.models)) {
    const list = byApp.get(model.appLabel) ?? []
    list.push(model)
    byApp.set(model.appLabel, list)
  }
  const sources: [string, string][] = []
  const imports = new Set<string>(['from django.db import models'])
  for (const [app, models] of byApp)
    sources.push([app, models.map((m) => modelSource(m, imports)).join('\n\n\n')])
  const preamble = [...imports].sort().join('\n')
  interp.exec(preamble, '__fake__', newDict([['__name__', '__fake__']]))
  const saved = rt.models.splice(0)
  let rendered: PyType[]
  try {
    for (const [, source] of sources) {
      const ns = newDict([['__name__', '__fake__']])
      interp.exec(preamble, '__fake__', ns)
      interp.exec(source, '__fake__', ns)
    }
    resolveRelations(rt)
  } finally {
    rendered = rt.models.splice(0)
    rt.models.push(...saved)
  }
  const result = new Map<string, PyType>()
  for (const cls of rendered) {
    rt.registries.set(cls, rendered)
    const meta = cls.dict.get('_meta') as { labelLower?: string } | undefined
    if (meta?.labelLower !== undefined) result.set(meta.labelLower, cls)
  }
  return result
}
