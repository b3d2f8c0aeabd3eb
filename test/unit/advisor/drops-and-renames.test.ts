import { describe, expect, it } from 'vitest'
import { adviseSecond, secondMigration, summary } from './advised-migration'

describe('dropping and renaming', () => {
  it('warns that removing a field loses its data, with the row count when known', async () => {
    const advice = await adviseSecond(
      secondMigration(`        migrations.RemoveField(
            model_name='book',
            name='title',
        ),`),
      { rowCounts: { shop_book: 120 } },
    )
    expect(summary(advice).filter((line) => !line.startsWith('sqlite-table-rebuild'))).toEqual([
      'column-dropped warning #0',
    ])
    expect(advice.findings[0]!.explanation).toContain('(120 rows)')
  })

  it('warns that deleting a model drops its table', async () => {
    const advice = await adviseSecond(
      secondMigration(`        migrations.RemoveField(
            model_name='book',
            name='author',
        ),
        migrations.DeleteModel(
            name='Author',
        ),`),
    )
    expect(summary(advice).filter((line) => !line.startsWith('sqlite-table-rebuild'))).toEqual([
      'column-dropped warning #0',
      'table-dropped warning #1',
    ])
    expect(advice.findings.at(-1)!.explanation).toContain('"shop_author"')
  })

  it('warns that renaming a field or a model breaks the code still running', async () => {
    const advice = await adviseSecond(
      secondMigration(`        migrations.RenameField(
            model_name='book',
            old_name='title',
            new_name='name',
        ),
        migrations.RenameModel(
            old_name='Author',
            new_name='Writer',
        ),`),
    )
    expect(summary(advice).filter((line) => !line.startsWith('sqlite-table-rebuild'))).toEqual([
      'field-renamed warning #0',
      'model-renamed warning #1',
    ])
    expect(advice.findings[0]!.safeAlternative[0]).toContain('db_column')
  })

  it('says nothing about creating a model', async () => {
    const advice = await adviseSecond(
      secondMigration(`        migrations.CreateModel(
            name='Tag',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('name', models.CharField(max_length=20)),
            ],
        ),`),
    )
    expect(summary(advice)).toEqual([])
  })

  it('says nothing about a field removed from the state only, and warns about the drop done as a database operation', async () => {
    const advice = await adviseSecond(
      secondMigration(`        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.RemoveField(
                    model_name='book',
                    name='title',
                ),
            ],
        ),
        migrations.SeparateDatabaseAndState(
            database_operations=[
                migrations.RemoveField(
                    model_name='book',
                    name='author',
                ),
            ],
        ),`),
    )
    expect(summary(advice).filter((line) => !line.startsWith('sqlite-table-rebuild'))).toEqual([
      'column-dropped warning #1',
    ])
  })

  it('warns that changing a table name breaks the code still running', async () => {
    const advice = await adviseSecond(
      secondMigration(`        migrations.AlterModelTable(
            name='book',
            table='books',
        ),`),
    )
    expect(summary(advice)).toEqual(['table-renamed warning #0'])
    expect(advice.findings[0]!.postgresLock).toContain('RENAME TO')
  })
})
