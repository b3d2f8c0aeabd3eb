import { migration, type Migration } from '../../../../src/engine/migrations/migration'
import { operation } from '../../../../src/engine/migrations/operations/operation'
import { autoId, call, CASCADE, field, set, tuple } from '../fixtures'

/**
 * A fault case: the `initial` migrations are applied and `rows` inserted; then `run` (a manage.py
 * command) executes with the migrations of `disk`, once normally and once per schema or row statement it
 * runs, that statement made to fail.
 */
export interface FaultCase {
  readonly name: string
  readonly initial: readonly Migration[]
  readonly rows: string
  readonly disk: readonly Migration[]
  readonly run: readonly string[]
}

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

const ROWS =
  "INSERT INTO shop_author (id, name) VALUES (1, 'a'), (2, 'b');\n" +
  "INSERT INTO shop_book (id, title, pages, author_id) VALUES (1, 't', 3, 1), (2, NULL, 4, 2);"

const dep = [{ appLabel: 'shop', name: '0001_initial' }]

/** Table rebuilds, an index, a rename, unique_together and two RunSQL statements, in one migration. */
function rebuilds(atomic: boolean): Migration {
  return migration({
    appLabel: 'shop',
    name: '0002_rebuilds',
    dependencies: dep,
    atomic,
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
        reverseSql: { kind: 'str', value: "DELETE FROM shop_author WHERE name = 'new';" },
        stateOperations: [],
        elidable: false,
      }),
    ],
  })
}

/** Plain columns added and dropped, a model renamed and one deleted. */
function models(atomic: boolean): Migration {
  return migration({
    appLabel: 'shop',
    name: '0002_models',
    dependencies: dep,
    atomic,
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
  })
}

/** The fault cases: atomic and `atomic = False` migrations, applied and unapplied. */
export const FAULT_CASES: readonly FaultCase[] = [
  {
    name: 'rebuilds applied',
    initial: [initial],
    rows: ROWS,
    disk: [initial, rebuilds(true)],
    run: ['migrate'],
  },
  {
    name: 'rebuilds applied, atomic = False',
    initial: [initial],
    rows: ROWS,
    disk: [initial, rebuilds(false)],
    run: ['migrate'],
  },
  { name: 'models applied', initial: [initial], rows: ROWS, disk: [initial, models(true)], run: ['migrate'] },
  {
    name: 'models applied, atomic = False',
    initial: [initial],
    rows: ROWS,
    disk: [initial, models(false)],
    run: ['migrate'],
  },
  {
    name: 'rebuilds unapplied',
    initial: [initial, rebuilds(true)],
    rows:
      "INSERT INTO shop_author (id, name) VALUES (5, 'a');\n" +
      "INSERT INTO shop_book (id, title, pages, writer_id, isbn) VALUES (1, 't', 3, 5, 'i');",
    disk: [initial, rebuilds(true)],
    run: ['migrate', 'shop', '0001'],
  },
  {
    name: 'models unapplied, atomic = False',
    initial: [initial, models(false)],
    rows: "INSERT INTO shop_writer (id, name, bio) VALUES (1, 'a', 'b');",
    disk: [initial, models(false)],
    run: ['migrate', 'shop', '0001'],
  },
]
