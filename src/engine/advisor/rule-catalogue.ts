import type { RuleId, Severity } from './finding'

/** What the documentation says of one rule: a title, the severities it reports at, and when it fires. */
export interface RuleDoc {
  readonly title: string
  readonly severities: readonly Severity[]
  readonly firesWhen: string
}

/**
 * Every rule of the advisor by id, for the generated rule documentation (keyed by RuleId, so a new rule
 * without documentation does not compile).
 */
export const RULE_CATALOGUE: Readonly<Record<RuleId, RuleDoc>> = {
  'sqlite-table-rebuild': {
    title: 'Table rebuilt on SQLite',
    severities: ['info', 'warning'],
    firesWhen:
      'The SQLite SQL copies the table into new__<table>; a warning from 10000 rows (LARGE_TABLE_ROWS) when row counts are known.',
  },
  'column-dropped': {
    title: 'Column dropped',
    severities: ['warning'],
    firesWhen: 'RemoveField: the column and its data are deleted; running code that selects it fails.',
  },
  'table-dropped': {
    title: 'Table dropped',
    severities: ['warning'],
    firesWhen: 'DeleteModel: the table and every row are deleted.',
  },
  'field-renamed': {
    title: 'Field renamed',
    severities: ['warning'],
    firesWhen: 'RenameField: the column is renamed under the code still running.',
  },
  'model-renamed': {
    title: 'Model renamed',
    severities: ['warning'],
    firesWhen: 'RenameModel: the table is renamed under the code still running.',
  },
  'table-renamed': {
    title: 'Table renamed',
    severities: ['warning'],
    firesWhen: 'AlterModelTable: the table is renamed under the code still running.',
  },
  'not-null-column-without-default': {
    title: 'NOT NULL column added without a default',
    severities: ['error'],
    firesWhen: 'AddField of a column that is not null=True and has neither default nor db_default.',
  },
  'callable-default-evaluated-once': {
    title: 'Callable default evaluated once',
    severities: ['warning', 'error'],
    firesWhen:
      'AddField with a callable default kept on the field: every existing row gets one value (an error when the field is unique).',
  },
  'column-type-changed': {
    title: 'Column type changed',
    severities: ['warning'],
    firesWhen: 'AlterField to another field class, max_length, max_digits or decimal_places.',
  },
  'unique-on-large-table': {
    title: 'Unique constraint on a large table',
    severities: ['warning'],
    firesWhen:
      'AddConstraint(UniqueConstraint), AlterUniqueTogether or unique=True on a table of at least 10000 rows.',
  },
  'index-on-large-table': {
    title: 'Index on a large table',
    severities: ['warning'],
    firesWhen: 'AddIndex, AlterIndexTogether or db_index=True on a table of at least 10000 rows.',
  },
  'run-python-irreversible': {
    title: 'RunPython without reverse_code',
    severities: ['warning'],
    firesWhen: 'RunPython without reverse_code: the migration cannot be unapplied.',
  },
  'run-sql-irreversible': {
    title: 'RunSQL without reverse_sql',
    severities: ['warning'],
    firesWhen: 'RunSQL without reverse_sql: the migration cannot be unapplied.',
  },
  'data-migration-imports-models': {
    title: 'Data migration imports models directly',
    severities: ['error'],
    firesWhen: "A migration with RunPython imports the app's models module instead of using apps.get_model.",
  },
  'foreign-key-made-not-null': {
    title: 'ForeignKey made non-nullable',
    severities: ['warning'],
    firesWhen:
      'AlterField removes null=True from a ForeignKey or OneToOneField: rows still NULL make the migration fail.',
  },
  'column-made-not-null': {
    title: 'Column made NOT NULL',
    severities: ['warning'],
    firesWhen: 'AlterField removes null=True from another field: rows still NULL make the migration fail.',
  },
}

/** Takes nothing, returns the rule documentation as Markdown, one section per rule in catalogue order. */
export function ruleDocumentation(): string {
  return Object.entries(RULE_CATALOGUE)
    .map(
      ([id, doc]) =>
        `## ${doc.title} (\`${id}\`)\n\nSeverity: ${doc.severities.join(' or ')}.\n\nFires when: ${doc.firesWhen}\n`,
    )
    .join('\n')
}
