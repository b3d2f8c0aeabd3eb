import { describe, expect, it } from 'vitest'
import { adviseSecond, secondMigration, summary } from './advised-migration'

describe('altering a field', () => {
  it('reports the SQLite table rebuild with the rows it copies, and the type change', async () => {
    const advice = await adviseSecond(
      secondMigration(`        migrations.AlterField(
            model_name='book',
            name='title',
            field=models.CharField(max_length=200),
        ),`),
      { rowCounts: { shop_book: 50000 } },
    )
    expect(summary(advice)).toEqual(['column-type-changed warning #0', 'sqlite-table-rebuild warning #0'])
    expect(advice.sql.some((s) => s.startsWith('CREATE TABLE "new__shop_book"'))).toBe(true)
    expect(advice.findings[1]!.explanation).toContain('copies 50000 rows')
  })

  it('says nothing about a type change when only the verbose name changes, besides the rebuild', async () => {
    const advice = await adviseSecond(
      secondMigration(`        migrations.AlterField(
            model_name='book',
            name='title',
            field=models.CharField(max_length=50, verbose_name='Title'),
        ),`),
    )
    expect(summary(advice).filter((line) => !line.startsWith('sqlite-table-rebuild'))).toEqual([])
  })

  it('warns when a foreign key is made non-nullable: rows still NULL make it fail', async () => {
    const advice = await adviseSecond(
      secondMigration(`        migrations.AlterField(
            model_name='book',
            name='author',
            field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, to='shop.author'),
        ),`),
    )
    expect(summary(advice)).toEqual(['foreign-key-made-not-null warning #0', 'sqlite-table-rebuild info #0'])
  })

  it('warns when a column is made NOT NULL with a one-off default', async () => {
    const initial = (await import('./advised-migration')).INITIAL.replace(
      "('title', models.CharField(max_length=50)),",
      "('title', models.CharField(max_length=50, null=True)),",
    )
    const advice = await adviseSecond(
      secondMigration(`        migrations.AlterField(
            model_name='book',
            name='title',
            field=models.CharField(default='untitled', max_length=50),
            preserve_default=False,
        ),`),
      { initial },
    )
    expect(summary(advice)).toEqual(['column-made-not-null warning #0', 'sqlite-table-rebuild info #0'])
  })

  it('warns about a unique field on a large table, and not on a small one', async () => {
    const operations = `        migrations.AlterField(
            model_name='book',
            name='title',
            field=models.CharField(max_length=50, unique=True),
        ),`
    const large = await adviseSecond(secondMigration(operations), { rowCounts: { shop_book: 20000 } })
    expect(summary(large)).toEqual(['unique-on-large-table warning #0', 'sqlite-table-rebuild warning #0'])
    const small = await adviseSecond(secondMigration(operations), { rowCounts: { shop_book: 20 } })
    expect(summary(small)).toEqual(['sqlite-table-rebuild info #0'])
  })
})
