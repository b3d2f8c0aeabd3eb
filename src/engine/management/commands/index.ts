import type { CommandHandler } from '../registry'
import { makemigrations } from './makemigrations'
import { migrate } from './migrate'
import { showmigrations } from './showmigrations'
import { sqlmigrate } from './sqlmigrate'

/** The commands the engine implements, by the name `manage.py` takes. */
export const COMMANDS: Readonly<Record<string, CommandHandler>> = {
  makemigrations,
  migrate,
  showmigrations,
  sqlmigrate,
}
