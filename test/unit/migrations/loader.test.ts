import { describe, expect, it } from 'vitest'
import {
  AmbiguityError,
  InconsistentMigrationHistory,
  MigrationKeyError,
  MigrationValueError,
} from '../../../src/engine/migrations/exceptions'
import { MigrationLoader } from '../../../src/engine/migrations/loader'
import { migration, type Migration } from '../../../src/engine/migrations/migration'
import {
  appliedId,
  type AppliedMigration,
  MigrationRecorder,
  storedDatetime,
} from '../../../src/engine/migrations/recorder'
import { tracedDatabase } from './schema-harness'

function mig(
  label: string,
  deps: string[] = [],
  extra: { replaces?: string[]; runBefore?: string[] } = {},
): Migration {
  const [appLabel, name] = label.split('.') as [string, string]
  const key = (s: string) => s.split('.') as [string, string]
  return migration({
    appLabel,
    name,
    dependencies: deps.map((d) => ({ appLabel: key(d)[0], name: key(d)[1] })),
    replaces: (extra.replaces ?? []).map(key),
    runBefore: (extra.runBefore ?? []).map(key),
  })
}

function applied(...labels: string[]): Map<string, AppliedMigration> {
  return new Map(
    labels.map((label, id) => {
      const [app, name] = label.split('.') as [string, string]
      return [appliedId([app, name]), { id, app, name, applied: '2026-01-01 00:00:00' }]
    }),
  )
}

const disk = (
  migrations: Migration[],
  packages = ['library', 'shop'],
  installedApps = ['library', 'shop'],
) => ({
  installedApps,
  packages,
  migrations,
})

describe('MigrationLoader', () => {
  it('resolves __first__ and __latest__ to the root and the leaf of another app', () => {
    const loader = new MigrationLoader(
      disk([
        mig('library.0001_initial'),
        mig('library.0002_more', ['library.0001_initial']),
        mig('shop.0001_initial', ['library.__first__']),
        mig('shop.0002_more', ['shop.0001_initial', 'library.__latest__']),
      ]),
      null,
    )
    expect(loader.graph.parents(['shop', '0001_initial'])).toEqual([['library', '0001_initial']])
    expect(loader.graph.parents(['shop', '0002_more'])).toEqual([
      ['library', '0002_more'],
      ['shop', '0001_initial'],
    ])
  })

  it('ignores __first__ of an unmigrated app and refuses an unknown app', () => {
    const ok = new MigrationLoader(disk([mig('shop.0001_initial', ['library.__first__'])], ['shop']), null)
    expect(ok.graph.parents(['shop', '0001_initial'])).toEqual([])
    expect(() => new MigrationLoader(disk([mig('shop.0001_initial', ['nope.__first__'])]), null)).toThrow(
      new MigrationValueError('Dependency on unknown app: nope'),
    )
  })

  it('makes run_before an edge from the migration to the one it must precede', () => {
    const loader = new MigrationLoader(
      disk([mig('library.0001_initial', [], { runBefore: ['shop.0001_initial'] }), mig('shop.0001_initial')]),
      null,
    )
    expect(loader.graph.parents(['shop', '0001_initial'])).toEqual([['library', '0001_initial']])
  })

  it('uses a squash when none or all of what it replaces is applied, and not when part is', () => {
    const migrations = [
      mig('library.0001_initial'),
      mig('library.0002_more', ['library.0001_initial']),
      mig('library.0001_squashed_0002_more', [], { replaces: ['library.0001_initial', 'library.0002_more'] }),
      mig('library.0003_last', ['library.0002_more']),
    ]
    const none = new MigrationLoader(disk(migrations), applied())
    expect(none.graph.forwardsPlan(['library', '0003_last'])).toEqual([
      ['library', '0001_squashed_0002_more'],
      ['library', '0003_last'],
    ])
    const all = new MigrationLoader(disk(migrations), applied('library.0001_initial', 'library.0002_more'))
    expect(all.isApplied(['library', '0001_squashed_0002_more'])).toBe(true)
    const part = new MigrationLoader(disk(migrations), applied('library.0001_initial'))
    expect(part.graph.forwardsPlan(['library', '0003_last'])).toEqual([
      ['library', '0001_initial'],
      ['library', '0002_more'],
      ['library', '0003_last'],
    ])
  })

  it("names a missing parent node in Django's words", () => {
    expect(() => new MigrationLoader(disk([mig('library.0002_bad', ['library.0001_gone'])]), null)).toThrow(
      "Migration library.0002_bad dependencies reference nonexistent parent node ('library', '0001_gone')",
    )
  })

  it('finds migrations by unique prefix', () => {
    const loader = new MigrationLoader(
      disk([mig('library.0001_initial'), mig('library.0002_more', ['library.0001_initial'])]),
      null,
    )
    expect(loader.getMigrationByPrefix('library', '0002').name).toBe('0002_more')
    expect(() => loader.getMigrationByPrefix('library', '000')).toThrow(
      new AmbiguityError("There is more than one migration for 'library' with the prefix '000'"),
    )
    expect(() => loader.getMigrationByPrefix('library', '9')).toThrow(MigrationKeyError)
  })

  it('detects an applied migration whose dependency is not applied', () => {
    const loader = new MigrationLoader(
      disk([mig('library.0001_initial'), mig('library.0002_more', ['library.0001_initial'])]),
      null,
    )
    expect(() => loader.checkConsistentHistory(applied('library.0002_more'))).toThrow(
      new InconsistentMigrationHistory(
        "Migration library.0002_more is applied before its dependency library.0001_initial on database 'default'.",
      ),
    )
  })

  it('reports apps with several leaves, each with its sorted leaves', () => {
    const loader = new MigrationLoader(
      disk([
        mig('library.0001_initial'),
        mig('library.0002_b', ['library.0001_initial']),
        mig('library.0002_a', ['library.0001_initial']),
      ]),
      null,
    )
    expect([...loader.detectConflicts()]).toEqual([['library', ['0002_a', '0002_b']]])
  })
})

describe('MigrationRecorder', () => {
  it('creates django_migrations as Django does and records, lists and removes rows', async () => {
    const db = await tracedDatabase()
    const recorder = new MigrationRecorder(db, { now: () => new Date('2026-11-25T14:18:58.745Z') })
    expect(recorder.hasTable()).toBe(false)
    await recorder.recordApplied('library', '0001_initial')
    expect(db.query("SELECT sql FROM sqlite_master WHERE name = 'django_migrations'").rows).toEqual([
      [
        'CREATE TABLE "django_migrations" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "app" varchar(255) NOT NULL, "name" varchar(255) NOT NULL, "applied" datetime NOT NULL)',
      ],
    ])
    expect([...recorder.appliedMigrations().values()]).toEqual([
      { id: 1, app: 'library', name: '0001_initial', applied: '2026-11-25 14:18:58.745000' },
    ])
    await recorder.recordUnapplied('library', '0001_initial')
    expect(recorder.appliedMigrations().size).toBe(0)
  })

  it('stores instants as Django stores aware datetimes, without a fraction when it is zero', () => {
    expect(storedDatetime(new Date('2026-01-02T03:04:05Z'))).toBe('2026-01-02 03:04:05')
  })
})
