import { definitionLine } from '../worker/definition-line'

/** A one-click fix a card offers: run a terminal line, run SQL, or open a file at a line. */
export type Fix =
  | { readonly kind: 'run'; readonly label: string; readonly line: string }
  | { readonly kind: 'sql'; readonly label: string; readonly sql: string }
  | { readonly kind: 'open'; readonly label: string; readonly path: string; readonly lineNumber: number }

/** A plain-words explanation of a failed command: what happened here, why, how to fix it. */
export interface ErrorCard {
  readonly id: string
  readonly title: string
  readonly what: string
  readonly why: string
  readonly how: string
  readonly fixes: readonly Fix[]
}

/** The migration the output last reported applying or unapplying (`library.0002_book_pages`), if any. */
function currentMigration(output: string): { app: string; name: string } | null {
  const steps = [...output.matchAll(/(?:Applying|Unapplying) (\w+)\.(\w+)\.\.\./g)]
  const last = steps.at(-1)
  return last === undefined ? null : { app: last[1]!, name: last[2]! }
}

function migrationFile(migration: { app: string; name: string }): Fix {
  const path = `${migration.app}/migrations/${migration.name}.py`
  return { kind: 'open', label: `Open ${path}`, path, lineNumber: 1 }
}

function fakeFix(migration: { app: string; name: string } | null): Fix[] {
  if (migration === null) return []
  return [
    {
      kind: 'run',
      label: `Mark ${migration.app}.${migration.name} as applied (--fake)`,
      line: `python manage.py migrate ${migration.app} ${migration.name} --fake`,
    },
    migrationFile(migration),
  ]
}

/** The project's files by path, where a card looks up the line it opens. */
type Files = Readonly<Record<string, string>>

type Rule = (output: string, match: RegExpExecArray, files: Files) => ErrorCard

const RULES: readonly (readonly [RegExp, Rule])[] = [
  [
    /no such table: (\w+)/,
    (_, m) => ({
      id: 'no-such-table',
      title: `No such table: ${m[1]}`,
      what: `The code asked SQLite for the table ${m[1]}, and the database does not have it.`,
      why: 'A model exists in models.py, but the migration that creates its table has not been made or has not been applied.',
      how: 'Make the migration if it is missing, then apply it with migrate.',
      fixes: [
        { kind: 'run', label: 'Run makemigrations', line: 'python manage.py makemigrations' },
        { kind: 'run', label: 'Run migrate', line: 'python manage.py migrate' },
      ],
    }),
  ],
  [
    /Migration (\w+)\.(\w+) dependencies reference nonexistent parent node \('(\w+)', '(\w+)'\)/,
    (_, m) => ({
      id: 'nonexistent-parent',
      title: `${m[1]}.${m[2]} depends on a migration that does not exist`,
      what: `${m[2]} lists ('${m[3]}', '${m[4]}') in its dependencies, and there is no such migration file.`,
      why: 'A migration file was deleted or renamed, or the dependency was typed by hand.',
      how: `Edit the dependencies of ${m[2]} to name a migration that exists (see the graph), or restore the missing file.`,
      fixes: [migrationFile({ app: m[1]!, name: m[2]! })],
    }),
  ],
  [
    /duplicate column name: (\w+)/,
    (output, m) => ({
      id: 'duplicate-column',
      title: `Duplicate column name: ${m[1]}`,
      what: `The migration tried to add the column ${m[1]}, and the table already has it.`,
      why: 'The column was added another way (by hand in the SQL box, or by a migration that was later edited or deleted), so the database is ahead of the migration history.',
      how: 'If the column already matches the model, record the migration as applied without running it (--fake).',
      fixes: fakeFix(currentMigration(output)),
    }),
  ],
  [
    /NOT NULL constraint failed: (\w+)\.(\w+)/,
    (_, m) => ({
      id: 'not-null-failed',
      title: `NOT NULL constraint failed: ${m[1]}.${m[2]}`,
      what: `A row of ${m[1]} was written with no value for ${m[2]}, and the column does not allow NULL.`,
      why: 'The field has neither null=True nor a default, and the existing rows or the new row gave it no value.',
      how: `Give ${m[2]} a default, make it null=True, or provide a one-off default when makemigrations asks.`,
      fixes: [],
    }),
  ],
  [
    /table "?(\w+)"? already exists/,
    (output, m) => ({
      id: 'table-exists',
      title: `Table ${m[1]} already exists`,
      what: `The migration tried to create ${m[1]}, and the database already has a table of that name.`,
      why: 'The table was created outside the migration history (by hand, or by a migration whose record was removed).',
      how: 'If the table matches the model, mark the migration as applied with --fake; otherwise drop the table first.',
      fixes: fakeFix(currentMigration(output)),
    }),
  ],
  [
    /Cannot add a NOT NULL column with default value NULL/,
    (output) => ({
      id: 'not-null-column',
      title: 'Cannot add a NOT NULL column with default value NULL',
      what: `SQLite refused to add a column that may not be NULL to a table that has rows${currentMigration(output) !== null ? ` (in ${currentMigration(output)!.app}.${currentMigration(output)!.name})` : ''}.`,
      why: 'Existing rows would get NULL in the new column, which the column forbids.',
      how: 'Give the field a default (or null=True) in models.py, then make a new migration.',
      fixes: currentMigration(output) === null ? [] : [migrationFile(currentMigration(output)!)],
    }),
  ],
  [
    /Conflicting migrations detected; multiple leaf nodes in the migration graph: \((.*)\)/,
    (_, m) => ({
      id: 'multiple-leaves',
      title: 'Two migrations claim to be the latest',
      what: `The graph has more than one leaf: ${m[1]}.`,
      why: 'Two migrations were made from the same parent (two branches), and Django does not know which order to apply them in.',
      how: 'Make a merge migration that depends on both.',
      fixes: [
        { kind: 'run', label: 'Run makemigrations --merge', line: 'python manage.py makemigrations --merge' },
      ],
    }),
  ],
  [
    /InconsistentMigrationHistory: Migration (\w+)\.(\w+) is applied before its dependency (\w+)\.(\w+)/,
    (_, m) => ({
      id: 'inconsistent-history',
      title: 'Inconsistent migration history',
      what: `${m[1]}.${m[2]} is recorded as applied, but the migration it depends on, ${m[3]}.${m[4]}, is not.`,
      why: 'A dependency was added to an already applied migration, or a record in django_migrations was changed by hand.',
      how: `If the changes of ${m[3]}.${m[4]} are already in the database, record it as applied in django_migrations (migrate --fake cannot: it checks the history first).`,
      fixes: [
        {
          kind: 'sql',
          label: `Record ${m[3]}.${m[4]} as applied`,
          sql: `INSERT INTO django_migrations (app, name, applied) VALUES ('${m[3]}', '${m[4]}', datetime('now'))`,
        },
      ],
    }),
  ],
  [
    /IrreversibleError: Operation (.*) in (\w+)\.(\w+) is not reversible/,
    (_, m) => ({
      id: 'irreversible',
      title: `${m[2]}.${m[3]} cannot be unapplied`,
      what: `Going backwards needs to reverse ${m[1]}, and that operation has no reverse.`,
      why: 'RunPython or RunSQL without a reverse function or SQL cannot be undone.',
      how: 'Add reverse_code (e.g. migrations.RunPython.noop) or reverse_sql to the operation.',
      fixes: [migrationFile({ app: m[2]!, name: m[3]! })],
    }),
  ],
  [
    /SystemCheckError: System check identified some issues:[\s\S]*?\n(\w+)\.(\w+)(?:\.(\w+))?: \((\S+)\) (.*)/,
    (_, m, files) => ({
      id: 'system-check',
      title: `System check error on ${m[1]}.${m[2]}${m[3] !== undefined ? `.${m[3]}` : ''}`,
      what: `${m[4]}: ${m[5]}`,
      why: 'Django checks every model before running a command and stops when a definition is invalid.',
      how: 'Fix the definition in models.py (the editor marks the line), then run the command again.',
      fixes: [
        {
          kind: 'open',
          label: `Open ${m[1]}/models.py at ${m[2]}${m[3] !== undefined ? `.${m[3]}` : ''}`,
          path: `${m[1]}/models.py`,
          lineNumber: definitionLine(files[`${m[1]}/models.py`] ?? '', m[2]!, m[3]),
        },
      ],
    }),
  ],
]

/**
 * Takes a command's combined output (or a SQL box error) and the project's files; returns the cards
 * explaining the errors it shows (none when it succeeded).
 */
export function explainErrors(output: string, files: Files = {}): ErrorCard[] {
  return RULES.flatMap(([pattern, rule]) => {
    const match = pattern.exec(output)
    return match === null ? [] : [rule(output, match, files)]
  })
}
