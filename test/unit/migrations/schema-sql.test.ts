import { describe, expect, it } from 'vitest'
import { migration } from '../../../src/engine/migrations/migration'
import { operation, type Operation } from '../../../src/engine/migrations/operations/operation'
import { ProjectState } from '../../../src/engine/migrations/project-state'
import { autoId, call, CASCADE, field, ref, set, tuple } from './fixtures'
import { runManage, snapshot, tracedDatabase, writes } from './schema-harness'

const createAuthor = operation({
  kind: 'CreateModel',
  name: 'Author',
  fields: [autoId, ['name', field('CharField', { max_length: 100 })]],
  options: {},
  bases: [],
  managers: [],
})
const createBook = operation({
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
})
const initial = migration({
  appLabel: 'shop',
  name: '0001_initial',
  initial: true,
  operations: [createAuthor, createBook],
})
const changes: Operation[] = [
  operation({
    kind: 'AlterField',
    modelName: 'book',
    name: 'title',
    field: field('CharField', { max_length: 200, default: 'untitled' }),
    preserveDefault: true,
  }),
  operation({ kind: 'RenameField', modelName: 'book', oldName: 'author', newName: 'writer' }),
  operation({
    kind: 'AddField',
    modelName: 'book',
    name: 'isbn',
    field: field('CharField', { max_length: 13, default: 'x' }),
    preserveDefault: true,
  }),
  operation({
    kind: 'AddField',
    modelName: 'book',
    name: 'created',
    field: field('DateTimeField', { auto_now_add: true, default: ref('django.utils.timezone.now') }),
    preserveDefault: false,
  }),
  operation({
    kind: 'AddField',
    modelName: 'book',
    name: 'note',
    field: field('TextField', { null: true }),
    preserveDefault: true,
  }),
  operation({ kind: 'RenameField', modelName: 'book', oldName: 'pages', newName: 'page_count' }),
  operation({ kind: 'RemoveField', modelName: 'book', name: 'note' }),
]
const second = migration({
  appLabel: 'shop',
  name: '0002_changes',
  dependencies: [{ appLabel: 'shop', name: '0001_initial' }],
  operations: changes,
})
const models = ProjectState.empty()

// Recorded from Django 5.2 (`sqlmigrate shop 0002` and the SQL `migrate` ran, traced) on the same migrations.
const DJANGO_SQLMIGRATE_0002 = `BEGIN;
--
-- Alter field title on book
--
CREATE TABLE "new__shop_book" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "title" varchar(200) NOT NULL, "pages" integer NOT NULL, "author_id" bigint NOT NULL REFERENCES "shop_author" ("id") DEFERRABLE INITIALLY DEFERRED);
INSERT INTO "new__shop_book" ("id", "pages", "author_id", "title") SELECT "id", "pages", "author_id", coalesce("title", 'untitled') FROM "shop_book";
DROP TABLE "shop_book";
ALTER TABLE "new__shop_book" RENAME TO "shop_book";
CREATE INDEX "shop_book_author_id_82b8ab51" ON "shop_book" ("author_id");
--
-- Rename field author on book to writer
--
CREATE TABLE "new__shop_book" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "title" varchar(200) NOT NULL, "pages" integer NOT NULL, "writer_id" bigint NOT NULL REFERENCES "shop_author" ("id") DEFERRABLE INITIALLY DEFERRED);
INSERT INTO "new__shop_book" ("id", "title", "pages", "writer_id") SELECT "id", "title", "pages", "author_id" FROM "shop_book";
DROP TABLE "shop_book";
ALTER TABLE "new__shop_book" RENAME TO "shop_book";
CREATE INDEX "shop_book_writer_id_abc069fd" ON "shop_book" ("writer_id");
--
-- Add field isbn to book
--
CREATE TABLE "new__shop_book" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "title" varchar(200) NOT NULL, "pages" integer NOT NULL, "writer_id" bigint NOT NULL REFERENCES "shop_author" ("id") DEFERRABLE INITIALLY DEFERRED, "isbn" varchar(13) NOT NULL);
INSERT INTO "new__shop_book" ("id", "title", "pages", "writer_id", "isbn") SELECT "id", "title", "pages", "writer_id", 'x' FROM "shop_book";
DROP TABLE "shop_book";
ALTER TABLE "new__shop_book" RENAME TO "shop_book";
CREATE INDEX "shop_book_writer_id_abc069fd" ON "shop_book" ("writer_id");
--
-- Add field created to book
--
CREATE TABLE "new__shop_book" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "title" varchar(200) NOT NULL, "pages" integer NOT NULL, "writer_id" bigint NOT NULL REFERENCES "shop_author" ("id") DEFERRABLE INITIALLY DEFERRED, "isbn" varchar(13) NOT NULL, "created" datetime NOT NULL);
INSERT INTO "new__shop_book" ("id", "title", "pages", "writer_id", "isbn", "created") SELECT "id", "title", "pages", "writer_id", "isbn", '2026-11-25 15:21:18.874000' FROM "shop_book";
DROP TABLE "shop_book";
ALTER TABLE "new__shop_book" RENAME TO "shop_book";
CREATE INDEX "shop_book_writer_id_abc069fd" ON "shop_book" ("writer_id");
--
-- Add field note to book
--
ALTER TABLE "shop_book" ADD COLUMN "note" text NULL;
--
-- Rename field pages on book to page_count
--
ALTER TABLE "shop_book" RENAME COLUMN "pages" TO "page_count";
--
-- Remove field note from book
--
ALTER TABLE "shop_book" DROP COLUMN "note";
COMMIT;
`

const DJANGO_MIGRATE_0002_FIRST_REBUILD = [
  'CREATE TABLE "new__shop_book" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "pages" integer NOT NULL, "author_id" bigint NOT NULL REFERENCES "shop_author" ("id") DEFERRABLE INITIALLY DEFERRED, "title" varchar(200) NOT NULL)',
  'INSERT INTO "new__shop_book" ("id", "pages", "author_id", "title") SELECT "id", "pages", "author_id", coalesce("title", \'untitled\') FROM "shop_book"',
  'DROP TABLE "shop_book"',
  'ALTER TABLE "new__shop_book" RENAME TO "shop_book"',
  'CREATE INDEX "shop_book_author_id_82b8ab51" ON "shop_book" ("author_id")',
]

describe('the SQLite schema editor', () => {
  it('prints sqlmigrate for rebuilds, ADD/DROP/RENAME COLUMN exactly as Django 5.2', async () => {
    const db = await tracedDatabase()
    const result = await runManage(db, ['shop'], [initial, second], models, ['sqlmigrate', 'shop', '0002'])
    expect(result.stderr).toBe('')
    expect(result.stdout).toBe(DJANGO_SQLMIGRATE_0002)
  })

  it('migrates with altered columns moved to the end of the rebuilt table, rows kept', async () => {
    const db = await tracedDatabase()
    const first = await runManage(db, ['shop'], [initial], models, ['migrate'])
    expect(first.stdout).toBe(
      'Operations to perform:\n  Apply all migrations: shop\nRunning migrations:\n  Applying shop.0001_initial... OK\n',
    )
    db.query("INSERT INTO shop_author VALUES (1, 'a')")
    db.query("INSERT INTO shop_book (id, title, author_id, pages) VALUES (1, 't', 1, 3), (2, NULL, 1, 4)")
    db.log.length = 0
    const result = await runManage(db, ['shop'], [initial, second], models, ['migrate'])
    expect(result.stderr).toBe('')
    expect(result.stdout).toBe(
      'Operations to perform:\n  Apply all migrations: shop\nRunning migrations:\n  Applying shop.0002_changes... OK\n',
    )
    const ddl = writes(db.log).filter((s) => s !== 'BEGIN' && s !== 'COMMIT')
    expect(ddl.slice(0, 5)).toEqual(DJANGO_MIGRATE_0002_FIRST_REBUILD)
    expect(ddl.slice(-4, -1)).toEqual([
      'ALTER TABLE "shop_book" ADD COLUMN "note" text NULL',
      'ALTER TABLE "shop_book" RENAME COLUMN "pages" TO "page_count"',
      'ALTER TABLE "shop_book" DROP COLUMN "note"',
    ])
    expect(snapshot(db).rows.shop_book).toEqual([
      [1, 't', 3, 1, 'x', '2026-11-25 15:21:18.874000'],
      [2, 'untitled', 4, 1, 'x', '2026-11-25 15:21:18.874000'],
    ])
  })

  it('creates models with checks, constraints, unique_together, indexes and M2M tables as Django 5.2', async () => {
    const tag = operation({
      kind: 'CreateModel',
      name: 'Tag',
      fields: [autoId, ['label', field('SlugField')]],
      options: {},
      bases: [],
      managers: [],
    })
    const book = operation({
      kind: 'CreateModel',
      name: 'Book',
      fields: [
        autoId,
        ['title', field('CharField', { db_index: true, max_length: 200 })],
        ['pages', field('PositiveIntegerField', { default: 0 })],
        ['price', field('DecimalField', { decimal_places: 2, max_digits: 6, null: true })],
        ['author', field('ForeignKey', { on_delete: CASCADE, to: 'library.author' })],
        ['related', field('ManyToManyField', { to: 'library.book' })],
        ['tags', field('ManyToManyField', { to: 'library.tag' })],
      ],
      options: {
        indexes: {
          kind: 'list',
          items: [call('django.db.models.Index', { fields: ['title', '-pages'], name: 'bk_idx' })],
        },
        constraints: {
          kind: 'list',
          items: [
            call('django.db.models.CheckConstraint', {
              condition: call('django.db.models.Q', {}, [tuple('pages__lte', 10000)]),
              name: 'pages_max',
            }),
            call('django.db.models.UniqueConstraint', { fields: tuple('title', 'price'), name: 'uq_tp' }),
            call('django.db.models.UniqueConstraint', {
              condition: call('django.db.models.Q', {}, [tuple('pages__gt', 5)]),
              fields: tuple('title'),
              name: 'uq_cond',
            }),
          ],
        },
        unique_together: set(tuple('title', 'author')),
      },
      bases: [],
      managers: [],
    })
    const author = { ...createAuthor }
    const m = migration({
      appLabel: 'library',
      name: '0001_initial',
      initial: true,
      operations: [author, tag, book],
    })
    const db = await tracedDatabase()
    const result = await runManage(db, ['library'], [m], models, ['sqlmigrate', 'library', '0001'])
    expect(result.stdout).toBe(`BEGIN;
--
-- Create model Author
--
CREATE TABLE "library_author" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "name" varchar(100) NOT NULL);
--
-- Create model Tag
--
CREATE TABLE "library_tag" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "label" varchar(50) NOT NULL);
--
-- Create model Book
--
CREATE TABLE "library_book" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "title" varchar(200) NOT NULL, "pages" integer unsigned NOT NULL CHECK ("pages" >= 0), "price" decimal NULL, "author_id" bigint NOT NULL REFERENCES "library_author" ("id") DEFERRABLE INITIALLY DEFERRED, CONSTRAINT "pages_max" CHECK ("pages" <= 10000), CONSTRAINT "uq_tp" UNIQUE ("title", "price"));
CREATE TABLE "library_book_related" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "from_book_id" bigint NOT NULL REFERENCES "library_book" ("id") DEFERRABLE INITIALLY DEFERRED, "to_book_id" bigint NOT NULL REFERENCES "library_book" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "library_book_tags" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "book_id" bigint NOT NULL REFERENCES "library_book" ("id") DEFERRABLE INITIALLY DEFERRED, "tag_id" bigint NOT NULL REFERENCES "library_tag" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE INDEX "library_tag_label_1f2b7ddc" ON "library_tag" ("label");
CREATE UNIQUE INDEX "library_book_title_author_id_1c0ac942_uniq" ON "library_book" ("title", "author_id");
CREATE UNIQUE INDEX "uq_cond" ON "library_book" ("title") WHERE "pages" > 5;
CREATE INDEX "library_book_title_fccd0c46" ON "library_book" ("title");
CREATE INDEX "library_book_author_id_d9a3b67e" ON "library_book" ("author_id");
CREATE INDEX "bk_idx" ON "library_book" ("title", "pages" DESC);
CREATE UNIQUE INDEX "library_book_related_from_book_id_to_book_id_eda371d9_uniq" ON "library_book_related" ("from_book_id", "to_book_id");
CREATE INDEX "library_book_related_from_book_id_f2ece6c2" ON "library_book_related" ("from_book_id");
CREATE INDEX "library_book_related_to_book_id_52ef5c75" ON "library_book_related" ("to_book_id");
CREATE UNIQUE INDEX "library_book_tags_book_id_tag_id_c3660ce1_uniq" ON "library_book_tags" ("book_id", "tag_id");
CREATE INDEX "library_book_tags_book_id_7c6729bd" ON "library_book_tags" ("book_id");
CREATE INDEX "library_book_tags_tag_id_ad3c9ecb" ON "library_book_tags" ("tag_id");
COMMIT;
`)
    const back = await runManage(db, ['library'], [m], models, [
      'sqlmigrate',
      'library',
      '0001',
      '--backwards',
    ])
    expect(back.stdout).toBe(`BEGIN;
--
-- Create model Book
--
DROP TABLE "library_book_related";
DROP TABLE "library_book_tags";
DROP TABLE "library_book";
--
-- Create model Tag
--
DROP TABLE "library_tag";
--
-- Create model Author
--
DROP TABLE "library_author";
COMMIT;
`)
    const applied = await runManage(db, ['library'], [m], models, ['migrate'])
    expect(applied.stderr).toBe('')
    expect(snapshot(db).schema.filter((s) => s.startsWith('index')).length).toBe(12)
  })
})
