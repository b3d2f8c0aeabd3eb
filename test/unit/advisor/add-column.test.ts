import { describe, expect, it } from 'vitest'
import { adviseSecond, secondMigration, summary } from './advised-migration'

describe('adding a column', () => {
  it('reports a NOT NULL column without a default as an error', async () => {
    const advice = await adviseSecond(
      secondMigration(`        migrations.AddField(
            model_name='book',
            name='pages',
            field=models.IntegerField(),
        ),`),
    )
    expect(summary(advice)).toEqual([
      'not-null-column-without-default error #0',
      'sqlite-table-rebuild info #0',
    ])
    expect(advice.findings[0]!.safeAlternative[0]).toBe('Add the field with null=True and migrate.')
    expect(advice.findings[0]!.postgresLock).toContain('ACCESS EXCLUSIVE')
  })

  it('says nothing about a nullable column or one with a constant default', async () => {
    const advice = await adviseSecond(
      secondMigration(`        migrations.AddField(
            model_name='book',
            name='pages',
            field=models.IntegerField(null=True),
        ),
        migrations.AddField(
            model_name='book',
            name='stock',
            field=models.IntegerField(default=0),
        ),`),
    )
    expect(summary(advice).filter((line) => !line.startsWith('sqlite-table-rebuild'))).toEqual([])
  })

  it('warns that a callable default is evaluated once, and errors when the field is also unique', async () => {
    const advice = await adviseSecond(
      secondMigration(`        migrations.AddField(
            model_name='book',
            name='ref',
            field=models.UUIDField(default=uuid.uuid4),
        ),
        migrations.AddField(
            model_name='author',
            name='ref',
            field=models.UUIDField(default=uuid.uuid4, unique=True),
        ),`),
      { rowCounts: { shop_book: 3 } },
    )
    expect(summary(advice)).toEqual([
      'callable-default-evaluated-once warning #0',
      'sqlite-table-rebuild info #0',
      'callable-default-evaluated-once error #1',
      'sqlite-table-rebuild info #1',
    ])
    expect(advice.findings[0]!.explanation).toContain('uuid.uuid4')
    expect(advice.findings[0]!.explanation).toContain('(3 rows)')
  })
})
