import type { CommandHandler } from '../registry'
import { check } from './check'
import { makemigrations } from './makemigrations'
import { migrate } from './migrate'
import { optimizemigration } from './optimizemigration'
import { shell } from './shell'
import { showmigrations } from './showmigrations'
import { sqlmigrate } from './sqlmigrate'
import { squashmigrations } from './squashmigrations'

/** The commands the engine implements, by the name `manage.py` takes. */
export const COMMANDS: Readonly<Record<string, CommandHandler>> = {
  check,
  makemigrations,
  migrate,
  optimizemigration,
  shell,
  showmigrations,
  sqlmigrate,
  squashmigrations,
}
