import { describe, expect, it } from 'vitest'
import { adviseSecond, secondMigration, summary } from './advised-migration'

const OPERATIONS = `        migrations.AddIndex(
            model_name='book',
            index=models.Index(fields=['title'], name='shop_book_title_idx'),
        ),
        migrations.AddConstraint(
            model_name='author',
            constraint=models.UniqueConstraint(fields=('name',), name='unique_author_name'),
        ),`

describe('indexes and unique constraints', () => {
  it('warns about building them on large tables, with the PostgreSQL lock', async () => {
    const advice = await adviseSecond(secondMigration(OPERATIONS), {
      rowCounts: { shop_book: 10000, shop_author: 80000 },
    })
    expect(summary(advice)).toEqual([
      'index-on-large-table warning #0',
      'unique-on-large-table warning #1',
      'sqlite-table-rebuild warning #1',
    ])
    expect(advice.findings[0]!.postgresLock).toContain('SHARE')
    expect(advice.findings[1]!.explanation).toContain('80000 rows')
  })

  it('says nothing on small tables or without row counts, besides the rebuild a plain unique constraint takes on SQLite', async () => {
    const small = await adviseSecond(secondMigration(OPERATIONS), {
      rowCounts: { shop_book: 5, shop_author: 5 },
    })
    expect(summary(small)).toEqual(['sqlite-table-rebuild info #1'])
    expect(summary(await adviseSecond(secondMigration(OPERATIONS)))).toEqual(['sqlite-table-rebuild info #1'])
  })
})
