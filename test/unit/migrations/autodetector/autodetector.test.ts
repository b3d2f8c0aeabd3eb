import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { detectChanges } from '../../../../src/engine/migrations/autodetector/autodetector'
import { fieldState } from '../../../../src/engine/migrations/field-state'
import { modelState, type ModelState } from '../../../../src/engine/migrations/model-state'
import { ProjectState } from '../../../../src/engine/migrations/project-state'
import { MigrationQuestioner } from '../../../../src/engine/migrations/questioner'
import { formattedDescription } from '../../../../src/engine/migrations/operations/describe'
import { migrationFileText } from '../../../../src/engine/migrations/writer/migration-writer'
import type { Deconstructed } from '../../../../src/engine/models/deconstructed'

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

interface ModelFixture {
  app: string
  name: string
  fields: [string, string, Record<string, Json>][]
  options?: Record<string, Json>
  bases?: Json[]
}

interface Case {
  before?: ModelFixture[]
  after?: ModelFixture[]
  leaves?: Record<string, string>
  answers?: { rename?: boolean; renameModel?: boolean; default?: Json }
  name?: string
}

interface Golden {
  files: Record<string, string>
  asked: string[]
  /** The operation lines makemigrations prints (`    + Add field x to y`). */
  lines: string[]
}

const here = new URL('.', import.meta.url)
const cases = JSON.parse(readFileSync(new URL('cases.json', here), 'utf8')) as Record<string, Case>
const goldens = JSON.parse(readFileSync(new URL('goldens.json', here), 'utf8')) as Record<string, Golden>

/** Converts a fixture value (the JSON form record.py reads) to Deconstructed. */
function value(v: Json): Deconstructed {
  if (v === null) return { kind: 'none' }
  if (typeof v === 'boolean') return { kind: 'bool', value: v }
  if (typeof v === 'number') return { kind: 'int', value: BigInt(v) }
  if (typeof v === 'string') return { kind: 'str', value: v }
  if (Array.isArray(v)) return { kind: 'list', items: v.map(value) }
  if ('$tuple' in v) return { kind: 'tuple', items: (v.$tuple as Json[]).map(value) }
  if ('$set' in v) return { kind: 'set', items: (v.$set as Json[]).map(value) }
  if ('$float' in v) return { kind: 'float', value: v.$float as number }
  if ('$decimal' in v) return { kind: 'decimal', value: v.$decimal as string }
  if ('$ref' in v) {
    const path = v.$ref as string
    const dot = path.lastIndexOf('.')
    return { kind: 'reference', module: path.slice(0, dot), qualname: path.slice(dot + 1) }
  }
  if ('$call' in v) {
    const path = v.$call as string
    const kwargs = Object.entries((v.kwargs ?? {}) as Record<string, Json>)
    if (path === 'django.db.models.Q') {
      const children = kwargs
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([k, x]): Deconstructed => ({ kind: 'tuple', items: [{ kind: 'str', value: k }, value(x)] }))
      return { kind: 'deconstructible', path, args: children, kwargs: [] }
    }
    return {
      kind: 'deconstructible',
      path,
      args: ((v.args ?? []) as Json[]).map(value),
      kwargs: kwargs.map(([k, x]) => [k, value(x)] as const),
    }
  }
  throw new TypeError(`unknown fixture value ${JSON.stringify(v)}`)
}

function model(m: ModelFixture): ModelState {
  return modelState({
    appLabel: m.app,
    name: m.name,
    fields: m.fields.map(([name, cls, kwargs]) => [
      name,
      fieldState(
        `django.db.models.${cls}`,
        Object.fromEntries(Object.entries(kwargs).map(([k, x]) => [k, value(x)])),
      ),
    ]),
    options: Object.fromEntries(Object.entries(m.options ?? {}).map(([k, x]) => [k, value(x)])),
    ...(m.bases !== undefined ? { bases: m.bases.map(value) } : {}),
  })
}

/** Answers as record.py's RecordingQuestioner does, and records the questions asked. */
class RecordingQuestioner extends MigrationQuestioner {
  readonly asked: string[] = []
  readonly #answers: NonNullable<Case['answers']>

  constructor(answers: NonNullable<Case['answers']>) {
    super({ askInitial: true })
    this.#answers = answers
  }

  #default(): Deconstructed | null {
    return this.#answers.default === undefined ? null : value(this.#answers.default)
  }

  override async askRename(model: string, oldName: string, newName: string, cls: string): Promise<boolean> {
    this.asked.push(`rename ${model}.${oldName} -> ${newName} (${cls})`)
    return this.#answers.rename ?? false
  }

  override async askRenameModel(oldModel: ModelState, newModel: ModelState): Promise<boolean> {
    this.asked.push(`rename model ${oldModel.appLabel}.${oldModel.name} -> ${newModel.name}`)
    return this.#answers.renameModel ?? false
  }

  override async askNotNullAddition(field: string, model: string): Promise<Deconstructed | null> {
    this.asked.push(`not null addition ${model}.${field}`)
    return this.#default()
  }

  override async askNotNullAlteration(field: string, model: string): Promise<Deconstructed | null> {
    this.asked.push(`not null alteration ${model}.${field}`)
    return this.#default()
  }

  override async askAutoNowAddAddition(field: string, model: string): Promise<Deconstructed | null> {
    this.asked.push(`auto_now_add addition ${model}.${field}`)
    return this.#default()
  }

  override async askUniqueCallableDefaultAddition(field: string, model: string): Promise<void> {
    this.asked.push(`unique callable default ${model}.${field}`)
  }
}

async function run(c: Case): Promise<Golden> {
  const questioner = new RecordingQuestioner(c.answers ?? {})
  const leaves = c.leaves ?? {}
  const changes = await detectChanges(
    ProjectState.of((c.before ?? []).map(model)),
    ProjectState.of((c.after ?? []).map(model)),
    questioner,
    {
      graph: { leafNodes: (app) => (leaves[app] !== undefined ? [[app, leaves[app]]] : []) },
      now: new Date(Date.UTC(2026, 10, 25, 14, 15)),
      ...(c.name !== undefined ? { migrationName: c.name } : {}),
    },
  )
  const files: Record<string, string> = {}
  const lines: string[] = []
  for (const [app, migrations] of changes) {
    for (const m of migrations) {
      files[`${app}/${m.name}`] = migrationFileText(m, { generatedAt: null })
      lines.push(...m.operations.map((op) => `    ${formattedDescription(op)}`))
    }
  }
  return { files, asked: questioner.asked, lines }
}

describe('autodetector (goldens recorded from Django 5.2 by record.py)', () => {
  for (const [name, c] of Object.entries(cases)) {
    it(`${name}: writes the migrations Django writes`, async () => {
      expect(await run(c)).toEqual(goldens[name])
    })
  }
})
