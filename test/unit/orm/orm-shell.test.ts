import initSqlJs from 'sql.js'
import { describe, expect, it } from 'vitest'
import { MemoryFiles } from '../../../src/engine/files'
import type { ManageContext } from '../../../src/engine/management/context'
import { manage } from '../../../src/engine/management/manage'
import type { SqliteConnection } from '../../../src/engine/connection'
import { SqlJsConnection } from '../../../src/worker/sqljs-connection'

const MODELS = `from django.db import models


class Author(models.Model):
    name = models.CharField(max_length=50)


class Tag(models.Model):
    name = models.CharField(max_length=50)


class Book(models.Model):
    title = models.CharField(max_length=50)
    price = models.DecimalField(max_digits=6, decimal_places=2, default=0)
    author = models.ForeignKey(Author, on_delete=models.CASCADE, related_name='books', null=True)
    tags = models.ManyToManyField('Tag')
    published = models.DateField(null=True)
`

/** Runs manage.py commands in order on one in-memory project and database; returns the last run's output. */
async function session(runs: [argv: string[], stdin?: string][]) {
  const SQL = await initSqlJs()
  const files = new MemoryFiles({ 'shop/models.py': MODELS, 'shop/migrations/__init__.py': '' })
  let db: SqliteConnection | null = null
  let result = { status: 0, stdout: '', stderr: '' }
  for (const [argv, stdin] of runs) {
    const lines = stdin === undefined ? [] : stdin.split('\n')
    const out = { status: 0, stdout: '', stderr: '' }
    const ctx: ManageContext = {
      files,
      connection: () => (db ??= SqlJsConnection.open(SQL)),
      io: {
        stdout: (t) => void (out.stdout += t),
        stderr: (t) => void (out.stderr += t),
        readLine: async () => lines.shift() ?? null,
      },
      clock: { now: () => new Date(Date.UTC(2026, 10, 25, 12, 0)) },
    }
    out.status = await manage(argv, ctx)
    result = out
  }
  return result
}

/** The script Django 5.2 ran (settings with DEBUG = True) to record the expected SQL below (connection.queries). */
const SCRIPT = `from django.conf import settings
settings.DEBUG = True
from django.db import connection
from django.db.models import Q, F, Count, Sum, Avg
a = Author.objects.create(name='Jane')
b = Book.objects.create(title='Emma', author=a)
t = Tag.objects.create(name='x')
b.tags.add(t)
print(Book.objects.all())
print(list(Book.objects.filter(title__icontains='em', author__name='Jane').exclude(price__gt=3).order_by('-title', 'author__name')[1:3]))
print(Author.objects.filter(books__title__startswith='E').count())
print(Book.objects.values('title').annotate(n=Count('tags')))
print(Book.objects.aggregate(Sum('price'), Avg('price')))
Book.objects.filter(pk=b.pk).update(price=F('price') + 1)
b.delete()
print(Book.objects.filter(Q(title='a') | ~Q(price__lte=2)).exists())
print(Book.objects.filter(published__year=2024, author__isnull=True, title__in=['a','b']).first())
for q in connection.queries: print(q['sql'])`

const DJANGO_OUTPUT = String.raw`3 objects imported automatically (use -v 2 for details).

<QuerySet [<Book: Book object (1)>]>
[]
1
<QuerySet [{'title': 'Emma', 'n': 1}]>
{'price__sum': Decimal('0'), 'price__avg': Decimal('0')}
False
None
INSERT INTO "shop_author" ("name") VALUES ('Jane') RETURNING "shop_author"."id"
INSERT INTO "shop_book" ("title", "price", "author_id", "published") VALUES ('Emma', '0', 1, NULL) RETURNING "shop_book"."id"
INSERT INTO "shop_tag" ("name") VALUES ('x') RETURNING "shop_tag"."id"
BEGIN
INSERT OR IGNORE INTO "shop_book_tags" ("book_id", "tag_id") VALUES (1, 1)
COMMIT
SELECT "shop_book"."id", "shop_book"."title", "shop_book"."price", "shop_book"."author_id", "shop_book"."published" FROM "shop_book" LIMIT 21
SELECT "shop_book"."id", "shop_book"."title", "shop_book"."price", "shop_book"."author_id", "shop_book"."published" FROM "shop_book" INNER JOIN "shop_author" ON ("shop_book"."author_id" = "shop_author"."id") WHERE ("shop_author"."name" = 'Jane' AND "shop_book"."title" LIKE '%em%' ESCAPE '\' AND NOT ("shop_book"."price" > '3')) ORDER BY "shop_book"."title" DESC, "shop_author"."name" ASC LIMIT 2 OFFSET 1
SELECT COUNT(*) AS "__count" FROM "shop_author" INNER JOIN "shop_book" ON ("shop_author"."id" = "shop_book"."author_id") WHERE "shop_book"."title" LIKE 'E%' ESCAPE '\'
SELECT "shop_book"."title" AS "title", COUNT("shop_book_tags"."tag_id") AS "n" FROM "shop_book" LEFT OUTER JOIN "shop_book_tags" ON ("shop_book"."id" = "shop_book_tags"."book_id") GROUP BY 1 LIMIT 21
SELECT (CAST(SUM("shop_book"."price") AS NUMERIC)) AS "price__sum", (CAST(AVG("shop_book"."price") AS NUMERIC)) AS "price__avg" FROM "shop_book"
UPDATE "shop_book" SET "price" = (CAST(("shop_book"."price" + 1) AS NUMERIC)) WHERE "shop_book"."id" = 1
BEGIN
DELETE FROM "shop_book_tags" WHERE "shop_book_tags"."book_id" IN (1)
DELETE FROM "shop_book" WHERE "shop_book"."id" IN (1)
COMMIT
SELECT 1 AS "a" FROM "shop_book" WHERE ("shop_book"."title" = 'a' OR NOT ("shop_book"."price" <= '2')) LIMIT 1
SELECT "shop_book"."id", "shop_book"."title", "shop_book"."price", "shop_book"."author_id", "shop_book"."published" FROM "shop_book" WHERE ("shop_book"."author_id" IS NULL AND "shop_book"."published" BETWEEN '2024-01-01' AND '2024-12-31' AND "shop_book"."title" IN ('a', 'b')) ORDER BY "shop_book"."id" ASC LIMIT 1
`

describe('the ORM in manage.py shell', () => {
  it('prints the results and runs exactly the SQL Django 5.2 runs for creates, filters across relations, aggregates, updates and deletes', async () => {
    const out = await session([[['makemigrations', 'shop']], [['migrate']], [['shell'], SCRIPT]])
    expect(out.stderr).toBe('')
    expect(out.stdout).toBe(DJANGO_OUTPUT)
  })

  it("raises DoesNotExist with Django's message and exits 1 with the traceback's last line", async () => {
    const out = await session([
      [['makemigrations', 'shop']],
      [['migrate']],
      [['shell', '-c', "Author.objects.get(name='nobody')"]],
    ])
    expect(out.status).toBe(1)
    expect(out.stderr.trimEnd().split('\n').pop()).toBe(
      'shop.models.Author.DoesNotExist: Author matching query does not exist.',
    )
  })

  it("raises django.db.utils.OperationalError with SQLite's message when the table does not exist", async () => {
    const out = await session([[['shell', '-c', 'Tag.objects.count()']]])
    expect(out.stderr.trimEnd().split('\n').pop()).toBe(
      'django.db.utils.OperationalError: no such table: shop_tag',
    )
  })
})
