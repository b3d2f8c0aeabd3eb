import type { ManageContext } from './context'

/** A management command: takes its arguments (after the command name) and the context, returns the exit status. */
export type CommandHandler = (args: readonly string[], ctx: ManageContext) => Promise<number>

/** Every subcommand Django 5.2's `manage.py help` lists for a project without contrib apps, in its order. */
export const DJANGO_SUBCOMMANDS: readonly string[] = [
  'check',
  'compilemessages',
  'createcachetable',
  'dbshell',
  'diffsettings',
  'dumpdata',
  'flush',
  'inspectdb',
  'loaddata',
  'makemessages',
  'makemigrations',
  'migrate',
  'optimizemigration',
  'runserver',
  'sendtestemail',
  'shell',
  'showmigrations',
  'sqlflush',
  'sqlmigrate',
  'sqlsequencereset',
  'squashmigrations',
  'startapp',
  'startproject',
  'test',
  'testserver',
]
