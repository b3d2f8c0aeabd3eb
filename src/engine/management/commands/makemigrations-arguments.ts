import type { OptionSpec, ParserSpec } from './migrate-argparse'
import { BASE_OPTIONS_HELP } from './base-options-help'

/** The usage block argparse prints for `manage.py makemigrations`. */
export const MAKEMIGRATIONS_USAGE = `usage: manage.py makemigrations [-h] [--dry-run] [--merge] [--empty]
                                [--noinput] [-n NAME] [--no-header] [--check]
                                [--scriptable] [--update] [--version]
                                [-v {0,1,2,3}] [--settings SETTINGS]
                                [--pythonpath PYTHONPATH] [--traceback]
                                [--no-color] [--force-color] [--skip-checks]
                                [app_label ...]`

/** The text `manage.py makemigrations --help` prints (Django 5.2, Python 3.11 argparse). */
export const MAKEMIGRATIONS_HELP = `${MAKEMIGRATIONS_USAGE}

Creates new migration(s) for apps.

positional arguments:
  app_label             Specify the app label(s) to create migrations for.

options:
  -h, --help            show this help message and exit
  --dry-run             Just show what migrations would be made; don't
                        actually write them.
  --merge               Enable fixing of migration conflicts.
  --empty               Create an empty migration.
  --noinput, --no-input
                        Tells Django to NOT prompt the user for input of any
                        kind.
  -n NAME, --name NAME  Use this name for migration file(s).
  --no-header           Do not add header comments to new migration file(s).
  --check               Exit with a non-zero status if model changes are
                        missing migrations and don't actually write them.
                        Implies --dry-run.
  --scriptable          Divert log output and input prompts to stderr, writing
                        only paths of generated migration files to stdout.
  --update              Merge model changes into the latest migration and
                        optimize the resulting operations.
${BASE_OPTIONS_HELP}`

const flag = (dest: string, ...flags: string[]): OptionSpec => ({ dest, flags, takesValue: false })
const valued = (dest: string, ...flags: string[]): OptionSpec => ({ dest, flags, takesValue: true })

/** The argparse parser of makemigrations: its options in Django's order, then the common ones. */
export const MAKEMIGRATIONS_PARSER: ParserSpec = {
  prog: 'manage.py makemigrations',
  usage: MAKEMIGRATIONS_USAGE,
  options: [
    flag('help', '-h', '--help'),
    flag('dry_run', '--dry-run'),
    flag('merge', '--merge'),
    flag('empty', '--empty'),
    flag('noinput', '--noinput', '--no-input'),
    valued('name', '-n', '--name'),
    flag('no_header', '--no-header'),
    flag('check', '--check'),
    flag('scriptable', '--scriptable'),
    flag('update', '--update'),
    flag('version', '--version'),
    { dest: 'verbosity', flags: ['-v', '--verbosity'], takesValue: true, choices: ['0', '1', '2', '3'] },
    valued('settings', '--settings'),
    valued('pythonpath', '--pythonpath'),
    flag('traceback', '--traceback'),
    flag('no_color', '--no-color'),
    flag('force_color', '--force-color'),
    flag('skip_checks', '--skip-checks'),
  ],
  positionals: [{ dest: 'app_label', optional: true, many: true }],
}

/** Python's `str.isidentifier()`. */
export function isIdentifier(text: string): boolean {
  return /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u.test(text)
}
