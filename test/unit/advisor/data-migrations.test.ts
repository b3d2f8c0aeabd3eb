import { describe, expect, it } from 'vitest'
import { adviseSecond, secondMigration, summary } from './advised-migration'

const FORWARDS_WITH_APPS = `

def forwards(apps, schema_editor):
    Book = apps.get_model('shop', 'Book')
    Book.objects.update(title='x')
`

describe('data migrations', () => {
  it('warns that RunPython without reverse_code and RunSQL without reverse_sql cannot be unapplied', async () => {
    const advice = await adviseSecond(
      secondMigration(
        `        migrations.RunPython(forwards),
        migrations.RunSQL("UPDATE shop_book SET title = 'y'"),`,
        FORWARDS_WITH_APPS,
      ),
    )
    expect(summary(advice)).toEqual(['run-python-irreversible warning #0', 'run-sql-irreversible warning #1'])
    expect(advice.findings[0]!.safeAlternative[1]).toContain('RunPython.noop')
  })

  it('says nothing when both have their reverse', async () => {
    const advice = await adviseSecond(
      secondMigration(
        `        migrations.RunPython(forwards, migrations.RunPython.noop),
        migrations.RunSQL("UPDATE shop_book SET title = 'y'", reverse_sql=migrations.RunSQL.noop),`,
        FORWARDS_WITH_APPS,
      ),
    )
    expect(summary(advice)).toEqual([])
  })

  it('errors when the migration imports the models directly', async () => {
    const advice = await adviseSecond(
      secondMigration(
        `        migrations.RunPython(forwards, migrations.RunPython.noop),`,
        `from shop.models import Book


def forwards(apps, schema_editor):
    Book.objects.update(title='x')
`,
      ),
    )
    expect(summary(advice)).toEqual(['data-migration-imports-models error #0'])
    expect(advice.findings[0]!.explanation).toContain('shop.models')
  })
})
