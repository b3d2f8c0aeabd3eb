import type { CommandHandler } from '../registry'

/** The commands the engine implements, by the name `manage.py` takes. */
export const COMMANDS: Readonly<Record<string, CommandHandler>> = {}
