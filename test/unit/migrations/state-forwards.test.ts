import { describe, expect, it } from 'vitest'
import { getField } from '../../../src/engine/migrations/model-state'
import { operation } from '../../../src/engine/migrations/operations/operation'
import { FieldDoesNotExist, stateForwards } from '../../../src/engine/migrations/operations/state-forwards'
import { CASCADE, field, model, py, state } from './fixtures'

const author = model('library', 'Author', { name: field('CharField', { max_length: 100 }) })
const book = model('library', 'Book', {
  title: field('CharField', { max_length: 100 }),
  author: field('ForeignKey', { on_delete: CASCADE, to: 'library.author', to_field: 'name' }),
})
const start = state(author, book)

describe('state transitions', () => {
  it('leave the given state unchanged and return a new one', () => {
    const next = stateForwards(operation({ kind: 'DeleteModel', name: 'Book' }), 'library', start)
    expect(start.has('library', 'book')).toBe(true)
    expect(next.has('library', 'book')).toBe(false)
  })

  it('RenameModel moves the model last and repoints every relation at the new name, lowercased', () => {
    const next = stateForwards(
      operation({ kind: 'RenameModel', oldName: 'Author', newName: 'Writer' }),
      'library',
      start,
    )
    expect(next.keys).toEqual(['library.book', 'library.writer'])
    expect(getField(next.getOrThrow('library', 'book'), 'author')!.kwargs.to).toEqual(py('library.writer'))
  })

  it('RenameField moves the field last, as Django’s state does, and follows it in to_field', () => {
    const next = stateForwards(
      operation({ kind: 'RenameField', modelName: 'author', oldName: 'name', newName: 'full_name' }),
      'library',
      state(model('library', 'Author', { name: field('CharField'), age: field('IntegerField') }), book),
    )
    expect(next.getOrThrow('library', 'author').fields.map(([n]) => n)).toEqual(['id', 'age', 'full_name'])
    expect(getField(next.getOrThrow('library', 'book'), 'author')!.kwargs.to_field).toEqual(py('full_name'))
  })

  it('AddField with preserve_default=False keeps no default in the state', () => {
    const next = stateForwards(
      operation({
        kind: 'AddField',
        modelName: 'author',
        name: 'age',
        field: field('IntegerField', { default: 0 }),
        preserveDefault: false,
      }),
      'library',
      start,
    )
    expect(getField(next.getOrThrow('library', 'author'), 'age')!.kwargs).toEqual({})
  })

  it('AlterModelOptions replaces the managed options and keeps the others', () => {
    const withOptions = state(model('library', 'Author', {}, { ordering: ['name'], db_table: 'authors' }))
    const next = stateForwards(
      operation({ kind: 'AlterModelOptions', name: 'author', options: { verbose_name: py('writer') } }),
      'library',
      withOptions,
    )
    expect(Object.keys(next.getOrThrow('library', 'author').options)).toEqual([
      'db_table',
      'indexes',
      'constraints',
      'verbose_name',
    ])
  })

  it('RemoveField of an unknown field fails as Django’s FieldDoesNotExist', () => {
    expect(() =>
      stateForwards(operation({ kind: 'RemoveField', modelName: 'author', name: 'nope' }), 'library', start),
    ).toThrow(FieldDoesNotExist)
  })

  it('lists the fields pointing at a model as its reverse relations', () => {
    expect(start.relatedFields('library', 'Author').map((r) => `${r.modelName}.${r.fieldName}`)).toEqual([
      'Book.author',
    ])
  })
})
