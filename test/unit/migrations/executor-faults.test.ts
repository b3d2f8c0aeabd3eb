import { describe, expect, it } from 'vitest'
import { migration } from '../../../src/engine/migrations/migration'
import { operation } from '../../../src/engine/migrations/operations/operation'
import { ProjectState } from '../../../src/engine/migrations/project-state'
import { autoId, call, CASCADE, field, set, tuple } from './fixtures'
import { runManage, snapshot, tracedDatabase, type TracingConnection } from './schema-harness'

const initial = migration({
  appLabel: 'shop',
  name: '0001_initial',
  initial: true,
  operations: [
    operation({
      kind: 'CreateModel',
      name: 'Author',
      fields: [autoId, ['name', field('CharField', { max_length: 100 })]],
      options: {},
      bases: [],
      managers: [],
    }),
    operation({
      kind: 'CreateModel',
      name: 'Book',
      fields: [
        autoId,
        ['title', field('CharField', { max_length: 200, null: true })],
        ['pages', field('IntegerField', { default: 0 })],
        ['author', field('ForeignKey', { on_delete: CASCADE, to: 'shop.author' })],
      ],
      options: {},
      bases: [],
      managers: [],
    }),
  ],
})

const dep = [{ appLabel: 'shop', name: '0001_initial' }]

/** Migrations of several operations each, atomic and not. */
const CASES = [
  migration({
    appLabel: 'shop',
    name: '0002_rebuilds',
    dependencies: dep,
    operations: [
      operation({
        kind: 'AlterField',
        modelName: 'book',
        name: 'title',
        field: field('CharField', { max_length: 250, default: 'untitled' }),
        preserveDefault: true,
      }),
      operation({
        kind: 'AddField',
        modelName: 'book',
        name: 'isbn',
        field: field('CharField', { max_length: 13, default: 'x' }),
        preserveDefault: true,
      }),
      operation({
        kind: 'AddIndex',
        modelName: 'book',
        index: call('django.db.models.Index', { fields: ['pages'], name: 'book_pages_idx' }),
      }),
      operation({ kind: 'RenameField', modelName: 'book', oldName: 'author', newName: 'writer' }),
      operation({ kind: 'AlterUniqueTogether', name: 'book', uniqueTogether: set(tuple('title', 'writer')) }),
      operation({
        kind: 'RunSQL',
        sql: {
          kind: 'str',
          value: "UPDATE shop_book SET pages = pages + 1; INSERT INTO shop_author (name) VALUES ('new');",
        },
        reverseSql: { kind: 'str', value: '' },
        stateOperations: [],
        elidable: false,
      }),
    ],
  }),
  migration({
    appLabel: 'shop',
    name: '0002_models',
    dependencies: dep,
    operations: [
      operation({
        kind: 'AddField',
        modelName: 'author',
        name: 'bio',
        field: field('TextField', { null: true }),
        preserveDefault: true,
      }),
      operation({ kind: 'RemoveField', modelName: 'book', name: 'pages' }),
      operation({ kind: 'RenameModel', oldName: 'Author', newName: 'Writer' }),
      operation({ kind: 'DeleteModel', name: 'Book' }),
    ],
  }),
]

async function prepared(): Promise<TracingConnection> {
  const db = await tracedDatabase()
  const result = await runManage(db, ['shop'], [initial], ProjectState.empty(), ['migrate'])
  expect(result.stderr).toBe('')
  db.query("INSERT INTO shop_author (id, name) VALUES (1, 'a'), (2, 'b')")
  db.query("INSERT INTO shop_book (id, title, pages, author_id) VALUES (1, 't', 3, 1), (2, NULL, 4, 2)")
  return db
}

describe('a migration whose Nth statement fails', () => {
  for (const second of CASES) {
    it(`leaves the database and django_migrations as they were before ${second.name}, for every N`, async () => {
      const reference = await prepared()
      const before = snapshot(reference)
      const start = reference.log.length
      const ok = await runManage(reference, ['shop'], [initial, second], ProjectState.empty(), ['migrate'])
      expect(ok.stderr).toBe('')
      const after = snapshot(reference)
      const statements = reference.log.slice(start)
      const commitAt = statements.lastIndexOf('COMMIT') + 1
      expect(commitAt).toBeGreaterThan(5)
      for (let n = 1; n <= statements.length; n++) {
        const db = await prepared()
        db.failAt = db.log.length + n
        const result = await runManage(db, ['shop'], [initial, second], ProjectState.empty(), ['migrate'])
        db.failAt = null
        const expected = n <= commitAt ? before : after
        expect({ n, statement: statements[n - 1], state: snapshot(db) }).toEqual({
          n,
          statement: statements[n - 1],
          state: expected,
        })
        if (n <= commitAt) {
          expect(result.status).toBe(1)
          expect(result.stderr).toMatch(/injected failure at statement/)
        }
      }
    })
  }
})
