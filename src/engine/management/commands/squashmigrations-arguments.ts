import { COMMON_OPTIONS, type OptionSpec, type ParserSpec } from './migrate-argparse'
import { BASE_OPTIONS_HELP } from './base-options-help'

/** Django's common options without `--database` (squashmigrations and optimizemigration have none). */
export const OPTIONS_WITHOUT_DATABASE: readonly OptionSpec[] = COMMON_OPTIONS.filter(
  (o) => o.dest !== 'database',
)

/** The usage block argparse prints for `manage.py squashmigrations`. */
export const SQUASHMIGRATIONS_USAGE = `usage: manage.py squashmigrations [-h] [--no-optimize] [--noinput]
                                  [--squashed-name SQUASHED_NAME]
                                  [--no-header] [--version] [-v {0,1,2,3}]
                                  [--settings SETTINGS]
                                  [--pythonpath PYTHONPATH] [--traceback]
                                  [--no-color] [--force-color] [--skip-checks]
                                  app_label [start_migration_name]
                                  migration_name`

/** The text `manage.py squashmigrations --help` prints (Django 5.2, Python 3.11 argparse). */
export const SQUASHMIGRATIONS_HELP = `${SQUASHMIGRATIONS_USAGE}

Squashes an existing set of migrations (from first until specified) into a
single new one.

positional arguments:
  app_label             App label of the application to squash migrations for.
  start_migration_name  Migrations will be squashed starting from and
                        including this migration.
  migration_name        Migrations will be squashed until and including this
                        migration.

options:
  -h, --help            show this help message and exit
  --no-optimize         Do not try to optimize the squashed operations.
  --noinput, --no-input
                        Tells Django to NOT prompt the user for input of any
                        kind.
  --squashed-name SQUASHED_NAME
                        Sets the name of the new squashed migration.
  --no-header           Do not add a header comment to the new squashed
                        migration.
${BASE_OPTIONS_HELP}`

/**
 * The parser of `squashmigrations app_label [start_migration_name] migration_name`: the positionals are
 * taken as a list and assigned by `squashPositionals`, as argparse fills an optional positional between
 * two required ones only when three are given.
 */
export const SQUASHMIGRATIONS_PARSER: ParserSpec = {
  prog: 'manage.py squashmigrations',
  usage: SQUASHMIGRATIONS_USAGE,
  options: [
    { dest: 'help', flags: ['-h', '--help'], takesValue: false },
    { dest: 'no_optimize', flags: ['--no-optimize'], takesValue: false },
    { dest: 'noinput', flags: ['--noinput', '--no-input'], takesValue: false },
    { dest: 'squashed_name', flags: ['--squashed-name'], takesValue: true },
    { dest: 'no_header', flags: ['--no-header'], takesValue: false },
    ...OPTIONS_WITHOUT_DATABASE.filter((o) => o.dest !== 'help'),
  ],
  positionals: [{ dest: 'args', optional: true, many: true }],
}

/** The positionals of squashmigrations as argparse assigns them, or the argparse error message. */
export type SquashPositionals =
  | { readonly appLabel: string; readonly start: string | null; readonly end: string }
  | { readonly error: string }

/** Assigns `app_label [start_migration_name] migration_name` from the positional words, as argparse does. */
export function squashPositionals(words: readonly string[]): SquashPositionals {
  if (words.length === 0) return { error: 'the following arguments are required: app_label, migration_name' }
  if (words.length === 1) return { error: 'the following arguments are required: migration_name' }
  if (words.length === 2) return { appLabel: words[0]!, start: null, end: words[1]! }
  if (words.length === 3) return { appLabel: words[0]!, start: words[1]!, end: words[2]! }
  return { error: `unrecognized arguments: ${words.slice(3).join(' ')}` }
}
