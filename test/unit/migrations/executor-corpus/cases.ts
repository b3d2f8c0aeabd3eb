import { operation } from '../../../../src/engine/migrations/operations/operation'
import { call, CASCADE, field, set, tuple } from '../fixtures'
import type { ExecutorCase } from './case'
import {
  addField,
  alterField,
  createModel,
  deleteModel,
  mig,
  removeField,
  renameField,
  renameModel,
  runSql,
} from './builders'

const author = createModel('Author', { name: field('CharField', { max_length: 100 }) })
const book = createModel('Book', {
  title: field('CharField', { max_length: 200, null: true }),
  pages: field('IntegerField', { default: 0 }),
  author: field('ForeignKey', { on_delete: CASCADE, to: 'library.author' }),
})
const initial = mig('library.0001_initial', [], [author, book])
const rows = `INSERT INTO library_author (id, name) VALUES (1, 'Ann'), (2, 'Bob');
INSERT INTO library_book (id, title, pages, author_id) VALUES (1, 'One', 10, 1), (2, NULL, 20, 2);`

const dep1 = ['library.0001_initial']

/** The executor corpus: every case is recorded against Django 5.2 by record.ts. */
export const CASES: readonly ExecutorCase[] = [
  {
    name: 'migrate_first_and_show',
    apps: ['library'],
    steps: [
      { disk: [initial] },
      { run: ['showmigrations'] },
      { run: ['migrate', '--plan'] },
      { run: ['migrate'] },
      { run: ['migrate'] },
      { run: ['showmigrations', '--plan'] },
      { run: ['showmigrations', 'library', '-v', '2'] },
      { run: ['migrate', '--check'] },
    ],
  },
  {
    name: 'add_fields_with_rows',
    apps: ['library'],
    steps: [
      { disk: [initial] },
      { run: ['migrate'] },
      { sql: rows },
      {
        disk: [
          initial,
          mig('library.0002_fields', dep1, [
            addField('book', 'isbn', field('CharField', { max_length: 13, default: 'none' })),
            addField('book', 'note', field('TextField', { null: true })),
            addField('book', 'code', field('CharField', { max_length: 10, null: true, unique: true })),
            addField(
              'book',
              'editor',
              field('ForeignKey', {
                null: true,
                on_delete: CASCADE,
                to: 'library.author',
                related_name: '+',
              }),
            ),
            addField('book', 'rating', field('PositiveSmallIntegerField', { default: 3 })),
            addField(
              'book',
              'price',
              field('DecimalField', {
                decimal_places: 2,
                max_digits: 6,
                default: { kind: 'decimal', value: '9.99' },
              }),
            ),
            addField('book', 'available', field('BooleanField', { default: true })),
            addField('author', 'born', field('DateField', { null: true })),
          ]),
        ],
      },
      { run: ['sqlmigrate', 'library', '0002'] },
      { run: ['migrate'] },
      { run: ['sqlmigrate', 'library', '0002', '--backwards'] },
      { run: ['migrate', 'library', '0001'] },
      { run: ['showmigrations'] },
    ],
  },
  {
    name: 'not_null_without_default_fails',
    apps: ['library'],
    steps: [
      { disk: [initial] },
      { run: ['migrate'] },
      { sql: rows },
      {
        disk: [
          initial,
          mig('library.0002_title', dep1, [
            alterField('book', 'title', field('CharField', { max_length: 200 })),
          ]),
        ],
      },
      { run: ['migrate'] },
      { run: ['showmigrations'] },
      {
        disk: [
          initial,
          mig('library.0002_title', dep1, [
            alterField('book', 'title', field('CharField', { max_length: 200, default: 'Untitled' })),
          ]),
        ],
      },
      { run: ['migrate'] },
    ],
  },
  {
    name: 'duplicate_column_after_fake_unapply',
    apps: ['library'],
    steps: [
      {
        disk: [
          initial,
          mig('library.0002_note', dep1, [addField('book', 'note', field('TextField', { null: true }))]),
        ],
      },
      { run: ['migrate'] },
      { run: ['migrate', 'library', '0001', '--fake'] },
      { run: ['migrate'] },
      { run: ['migrate', 'library', '0002', '--fake'] },
      { run: ['migrate', 'library', 'zero'] },
    ],
  },
  {
    name: 'table_exists_and_fake_initial',
    apps: ['library'],
    steps: [
      { disk: [initial] },
      {
        sql: 'CREATE TABLE "library_author" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "name" varchar(100) NOT NULL);',
      },
      { run: ['migrate'] },
      { run: ['migrate', '--fake-initial'] },
      {
        sql: 'CREATE TABLE "library_book" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "title" varchar(200) NULL, "pages" integer NOT NULL, "author_id" bigint NOT NULL);',
      },
      { run: ['migrate', '--fake-initial', '-v', '2'] },
      { run: ['showmigrations'] },
    ],
  },
  {
    name: 'rename_model_with_references',
    apps: ['library'],
    steps: [
      {
        disk: [
          mig(
            'library.0001_initial',
            [],
            [
              author,
              book,
              createModel('Shelf', { books: field('ManyToManyField', { to: 'library.book' }) }),
              addField(
                'author',
                'favourites',
                field('ManyToManyField', { to: 'library.book', related_name: 'fans' }),
              ),
            ],
          ),
          mig('library.0002_rename', dep1, [renameModel('Author', 'Writer'), renameModel('Book', 'Novel')]),
        ],
      },
      { run: ['migrate', 'library', '0001'] },
      {
        sql:
          rows +
          '\nINSERT INTO library_shelf (id) VALUES (1); INSERT INTO library_shelf_books (id, shelf_id, book_id) VALUES (1, 1, 2);',
      },
      { run: ['sqlmigrate', 'library', '0002'] },
      { run: ['migrate'] },
      { run: ['sqlmigrate', 'library', '0002', '--backwards'] },
      { run: ['migrate', 'library', '0001'] },
    ],
  },
  {
    name: 'indexes_constraints_unique_together',
    apps: ['library'],
    steps: [
      { disk: [initial] },
      { run: ['migrate'] },
      { sql: rows },
      {
        disk: [
          initial,
          mig('library.0002_meta', dep1, [
            operation({
              kind: 'AlterUniqueTogether',
              name: 'book',
              uniqueTogether: set(tuple('title', 'author')),
            }),
            operation({
              kind: 'AddIndex',
              modelName: 'book',
              index: call('django.db.models.Index', { fields: ['-pages', 'title'], name: 'book_pages_idx' }),
            }),
            operation({
              kind: 'AddConstraint',
              modelName: 'book',
              constraint: call('django.db.models.CheckConstraint', {
                condition: call('django.db.models.Q', {}, [tuple('pages__gte', 0)]),
                name: 'pages_positive',
              }),
            }),
            operation({
              kind: 'AddConstraint',
              modelName: 'book',
              constraint: call('django.db.models.UniqueConstraint', {
                condition: call('django.db.models.Q', {}, [tuple('pages__gt', 100)]),
                fields: tuple('title'),
                name: 'long_title_unique',
              }),
            }),
            operation({
              kind: 'AddConstraint',
              modelName: 'author',
              constraint: call('django.db.models.UniqueConstraint', {
                fields: tuple('name'),
                name: 'author_name_unique',
              }),
            }),
          ]),
          mig(
            'library.0003_undo',
            ['library.0002_meta'],
            [
              operation({
                kind: 'RenameIndex',
                modelName: 'book',
                newName: 'book_pages_title_idx',
                oldName: 'book_pages_idx',
                oldFields: null,
              }),
              operation({ kind: 'RemoveConstraint', modelName: 'book', name: 'pages_positive' }),
              operation({ kind: 'RemoveConstraint', modelName: 'book', name: 'long_title_unique' }),
              operation({ kind: 'AlterUniqueTogether', name: 'book', uniqueTogether: set() }),
              operation({ kind: 'RemoveIndex', modelName: 'book', name: 'book_pages_title_idx' }),
            ],
          ),
        ],
      },
      { run: ['sqlmigrate', 'library', '0002'] },
      { run: ['migrate', 'library', '0002'] },
      { run: ['sqlmigrate', 'library', '0003'] },
      { run: ['migrate'] },
      { run: ['migrate', 'library', '0001'] },
    ],
  },
  {
    name: 'delete_model_and_remove_fields',
    apps: ['library'],
    steps: [
      {
        disk: [
          mig(
            'library.0001_initial',
            [],
            [
              author,
              createModel('Tag', { label: field('SlugField') }),
              createModel('Book', {
                title: field('CharField', { max_length: 200, db_index: true }),
                author: field('ForeignKey', { on_delete: CASCADE, to: 'library.author' }),
                tags: field('ManyToManyField', { to: 'library.tag' }),
                isbn: field('CharField', { max_length: 13, unique: true, null: true }),
              }),
            ],
          ),
          mig('library.0002_remove', dep1, [
            removeField('book', 'tags'),
            removeField('book', 'isbn'),
            removeField('book', 'title'),
            removeField('book', 'author'),
            deleteModel('Tag'),
          ]),
          mig('library.0003_delete', ['library.0002_remove'], [deleteModel('Book')]),
        ],
      },
      { run: ['migrate', 'library', '0001'] },
      {
        sql: "INSERT INTO library_author (id, name) VALUES (1, 'Ann'); INSERT INTO library_book (id, title, author_id, isbn) VALUES (1, 'x', 1, 'i');",
      },
      { run: ['sqlmigrate', 'library', '0002'] },
      { run: ['migrate'] },
      { run: ['sqlmigrate', 'library', '0003', '--backwards'] },
      { run: ['migrate', 'library', '0001'] },
      { run: ['migrate', 'library', 'zero'] },
    ],
  },
  {
    name: 'run_sql',
    apps: ['library'],
    steps: [
      {
        disk: [
          initial,
          mig('library.0002_data', dep1, [
            runSql(
              "INSERT INTO library_author (name) VALUES ('Ann');\n-- a comment\nINSERT INTO library_author (name) VALUES ('O''Brien; Jr');\nUPDATE library_author SET name = upper(name)",
              'DELETE FROM library_author;',
            ),
            runSql([tuple('INSERT INTO library_author (name) VALUES (%s)', ['Zed']), 'SELECT 1'], ''),
          ]),
          mig(
            'library.0003_irreversible',
            ['library.0002_data'],
            [runSql('UPDATE library_author SET name = name')],
          ),
        ],
      },
      { run: ['sqlmigrate', 'library', '0002'] },
      { run: ['migrate'] },
      { run: ['migrate', 'library', '0002', '--plan'] },
      { run: ['migrate', 'library', '0002'] },
      { run: ['sqlmigrate', 'library', '0002', '--backwards'] },
    ],
  },
  {
    name: 'graph_errors',
    apps: ['library', 'shop'],
    steps: [
      { disk: [initial, mig('library.0002_bad', ['library.0001_initial', 'library.0099_missing'], [])] },
      { run: ['migrate'] },
      { run: ['showmigrations'] },
      {
        disk: [
          initial,
          mig('library.0002_a', dep1, [addField('book', 'a', field('IntegerField', { null: true }))]),
          mig('library.0002_b', dep1, [addField('book', 'b', field('IntegerField', { null: true }))]),
        ],
      },
      { run: ['migrate'] },
      { run: ['migrate', 'library', '0002'] },
      { run: ['migrate', 'library', '0009'] },
      { run: ['sqlmigrate', 'library', '0009'] },
      { run: ['sqlmigrate', 'library', '00'] },
      { run: ['migrate', 'nope'] },
      { run: ['migrate', 'shop'] },
      { run: ['sqlmigrate', 'shop', '0001'] },
      { run: ['showmigrations', 'nope', 'library'] },
      {
        disk: [
          initial,
          mig('library.0002_x', ['library.0003_y'], []),
          mig('library.0003_y', ['library.0002_x'], []),
        ],
      },
      { run: ['showmigrations', '--plan'] },
    ],
  },
  {
    name: 'inconsistent_history_and_prune',
    apps: ['library'],
    steps: [
      {
        disk: [
          initial,
          mig('library.0002_note', dep1, [addField('book', 'note', field('TextField', { null: true }))]),
        ],
      },
      {
        sql: 'CREATE TABLE "django_migrations" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "app" varchar(255) NOT NULL, "name" varchar(255) NOT NULL, "applied" datetime NOT NULL); INSERT INTO django_migrations (app, name, applied) VALUES (\'library\', \'0002_note\', \'2026-01-01 00:00:00\');',
      },
      { run: ['migrate'] },
      { run: ['showmigrations'] },
      {
        sql: "DELETE FROM django_migrations; INSERT INTO django_migrations (app, name, applied) VALUES ('library', '0000_gone', '2026-01-01 00:00:00');",
      },
      { run: ['migrate', '--prune'] },
      { run: ['migrate', 'library', '--prune'] },
      { run: ['migrate', 'library', '--prune'] },
    ],
  },
  {
    name: 'squashed_migrations',
    apps: ['library'],
    steps: [
      {
        disk: [
          initial,
          mig('library.0002_note', dep1, [addField('book', 'note', field('TextField', { null: true }))]),
        ],
      },
      { run: ['migrate', 'library', '0001'] },
      {
        disk: [
          initial,
          mig('library.0002_note', dep1, [addField('book', 'note', field('TextField', { null: true }))]),
          mig(
            'library.0001_squashed_0002_note',
            [],
            [author, book, addField('book', 'note', field('TextField', { null: true }))],
            {
              replaces: ['library.0001_initial', 'library.0002_note'],
              initial: true,
            },
          ),
          mig(
            'library.0003_more',
            ['library.0001_squashed_0002_note'],
            [addField('book', 'more', field('TextField', { null: true }))],
          ),
        ],
      },
      { run: ['showmigrations'] },
      { run: ['showmigrations', '--plan'] },
      { run: ['migrate'] },
      { run: ['showmigrations'] },
      { run: ['migrate', 'library', '0001_squashed'] },
      { run: ['showmigrations'] },
    ],
  },
  {
    name: 'cross_app_dependencies',
    apps: ['library', 'shop'],
    steps: [
      {
        disk: [
          initial,
          mig(
            'shop.0001_initial',
            ['library.__first__'],
            [createModel('Sale', { book: field('ForeignKey', { on_delete: CASCADE, to: 'library.book' }) })],
          ),
          mig(
            'library.0002_after',
            dep1,
            [addField('author', 'nick', field('CharField', { max_length: 10, null: true }))],
            { runBefore: ['shop.0001_initial'] },
          ),
        ],
      },
      { run: ['showmigrations', '--plan', '-v', '2'] },
      { run: ['migrate', 'shop'] },
      { run: ['migrate', 'library', 'zero'] },
      { run: ['migrate'] },
      { run: ['migrate', 'library', '0001', '--plan'] },
    ],
  },
  {
    name: 'non_atomic_and_fk_violation',
    apps: ['library'],
    steps: [
      {
        disk: [
          initial,
          mig(
            'library.0002_title',
            dep1,
            [alterField('book', 'title', field('CharField', { max_length: 300, null: true }))],
            { atomic: false },
          ),
        ],
      },
      { run: ['sqlmigrate', 'library', '0002'] },
      { run: ['migrate', 'library', '0001'] },
      {
        sql: "INSERT INTO library_author (id, name) VALUES (1, 'Ann'); INSERT INTO library_book (id, title, pages, author_id) VALUES (1, 'x', 1, 99);",
      },
      {
        disk: [
          initial,
          mig('library.0002_title', dep1, [
            alterField('book', 'title', field('CharField', { max_length: 300, null: true })),
          ]),
        ],
      },
      { run: ['migrate'] },
      { run: ['showmigrations'] },
    ],
  },
  {
    name: 'rename_and_alter_fields',
    apps: ['library'],
    steps: [
      { disk: [initial] },
      { run: ['migrate'] },
      { sql: rows },
      {
        disk: [
          initial,
          mig('library.0002_changes', dep1, [
            renameField('book', 'pages', 'page_count'),
            renameField('book', 'author', 'writer'),
            alterField('book', 'page_count', field('BigIntegerField', { default: 0 })),
            alterField(
              'book',
              'title',
              field('CharField', { max_length: 200, null: true, help_text: 'The title' }),
            ),
            alterField('book', 'title', field('TextField', { null: true, db_index: true })),
            alterField('author', 'name', field('CharField', { max_length: 100, db_column: 'full_name' })),
          ]),
        ],
      },
      { run: ['sqlmigrate', 'library', '0002'] },
      { run: ['migrate'] },
      { run: ['sqlmigrate', 'library', '0002', '--backwards'] },
      { run: ['migrate', 'library', '0001'] },
    ],
  },
  {
    name: 'generated_fields_and_db_defaults',
    apps: ['library'],
    steps: [
      {
        disk: [
          mig(
            'library.0001_initial',
            [],
            [
              createModel('Square', {
                side: field('IntegerField'),
                label: field('CharField', { max_length: 20, db_default: 'square' }),
              }),
            ],
          ),
          mig(
            'library.0002_generated',
            ['library.0001_initial'],
            [
              addField(
                'square',
                'area',
                field('GeneratedField', {
                  db_persist: true,
                  expression: call('django.db.models.expressions.CombinedExpression', {}, [
                    call('django.db.models.F', {}, ['side']),
                    '*',
                    call('django.db.models.F', {}, ['side']),
                  ]),
                  output_field: call('django.db.models.IntegerField'),
                }),
              ),
              addField(
                'square',
                'double',
                field('GeneratedField', {
                  db_persist: false,
                  expression: call('django.db.models.expressions.CombinedExpression', {}, [
                    call('django.db.models.F', {}, ['side']),
                    '*',
                    call('django.db.models.Value', {}, [2]),
                  ]),
                  output_field: call('django.db.models.IntegerField'),
                }),
              ),
              addField('square', 'hits', field('IntegerField', { db_default: 0 })),
            ],
          ),
        ],
      },
      { run: ['migrate', 'library', '0001'] },
      { sql: 'INSERT INTO library_square (id, side) VALUES (1, 3), (2, 4);' },
      { run: ['sqlmigrate', 'library', '0002'] },
      { run: ['migrate'] },
      { run: ['sqlmigrate', 'library', '0002', '--backwards'] },
      { run: ['migrate', 'library', '0001'] },
    ],
  },
]
