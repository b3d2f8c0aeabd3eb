import type { Deconstructed } from '../models/deconstructed'
import type { ModelState } from './model-state'
import type { EvaluatedDefault } from './project-loader'
import { type InitialPolicy, MigrationQuestioner, NOT_PROVIDED, QuestionerExit } from './questioner'

/** Raised when input ends while a question waits for an answer (Python's `EOFError` from `input()`). */
export class InputEndedError extends Error {
  override readonly name = 'EOFError'
  constructor() {
    super('EOF when reading a line')
  }
}

/** The terminal the interactive questioner talks to. */
export interface PromptIO {
  /** Writes text as is. */
  write(text: string): void
  /** Reads one line without its newline; null at end of input. */
  readLine(): Promise<string | null>
}

/** Options of the interactive questioner. */
export interface InteractiveOptions {
  readonly io: PromptIO
  /** Evaluates a one-off default typed as Python (with `datetime` and `timezone` in scope). */
  readonly evaluate: (code: string) => Promise<EvaluatedDefault>
  /** `--dry-run`: added/altered field questions are skipped and answered None. */
  readonly dryRun: boolean
  readonly initial?: InitialPolicy
  /** The Django docs version in URLs (`5.2`). */
  readonly docsVersion?: string
}

/** Python's `int(text)` on a line of input, or null when it would raise ValueError. */
function parseInt(text: string): number | null {
  const trimmed = text.trim()
  if (!/^[+-]?\d+(_\d+)*$/.test(trimmed)) return null
  return Number(trimmed.replace(/_/g, ''))
}

/**
 * Django's InteractiveMigrationQuestioner: the exact prompts of `makemigrations` on a terminal, with
 * Django's validation of answers (yes/no, numbered choices, Python defaults) and exit statuses
 * (QuestionerExit 3 for Quit, 1 for `exit`).
 */
export class InteractiveMigrationQuestioner extends MigrationQuestioner {
  readonly #options: InteractiveOptions

  /** Takes the terminal, the evaluator, `--dry-run` and the initial policy. */
  constructor(options: InteractiveOptions) {
    super({}, options.initial)
    this.#options = options
  }

  /** Writes a line as Django's OutputWrapper does: a newline is added unless the text ends with one. */
  #writeLine(text: string): void {
    this.#options.io.write(text.endsWith('\n') ? text : text + '\n')
  }

  async #input(): Promise<string> {
    const line = await this.#options.io.readLine()
    if (line === null) throw new InputEndedError()
    return line
  }

  async #booleanInput(question: string, fallback: boolean): Promise<boolean> {
    this.#options.io.write(`${question} `)
    let result = await this.#input()
    if (result === '') return fallback
    while (result === '' || !'yn'.includes(result[0]!.toLowerCase())) {
      this.#options.io.write('Please answer yes or no: ')
      result = await this.#input()
    }
    return result[0]!.toLowerCase() === 'y'
  }

  async #choiceInput(question: string, choices: readonly string[]): Promise<number> {
    this.#writeLine(question)
    choices.forEach((choice, i) => this.#writeLine(` ${i + 1}) ${choice}`))
    this.#options.io.write('Select an option: ')
    for (;;) {
      const value = parseInt(await this.#input())
      if (value !== null && value > 0 && value <= choices.length) return value
      this.#options.io.write('Please select a valid option: ')
    }
  }

  async #askDefault(fallback = ''): Promise<Deconstructed> {
    this.#writeLine('Please enter the default value as valid Python.')
    if (fallback !== '') {
      this.#writeLine(`Accept the default '${fallback}' by pressing 'Enter' or provide another value.`)
    }
    this.#writeLine(
      'The datetime and django.utils.timezone modules are available, so it is possible to provide e.g. timezone.now as a value.',
    )
    this.#writeLine("Type 'exit' to exit this prompt")
    for (;;) {
      this.#options.io.write(fallback !== '' ? `[default: ${fallback}] >>> ` : '>>> ')
      let code = await this.#input()
      if (code === '' && fallback !== '') code = fallback
      if (code === '') {
        this.#writeLine("Please enter some code, or 'exit' (without quotes) to exit.")
      } else if (code === 'exit') {
        throw new QuestionerExit(1)
      } else {
        const result = await this.#options.evaluate(code)
        if (result.ok) return result.value
        this.#writeLine(result.error)
      }
    }
  }

  override async askNotNullAddition(fieldName: string, modelName: string): Promise<Deconstructed | null> {
    if (this.#options.dryRun) return null
    const choice = await this.#choiceInput(
      `It is impossible to add a non-nullable field '${fieldName}' to ${modelName} without specifying a default. ` +
        'This is because the database needs something to populate existing rows.\nPlease select a fix:',
      [
        'Provide a one-off default now (will be set on all existing rows with a null value for this column)',
        'Quit and manually define a default value in models.py.',
      ],
    )
    if (choice === 2) throw new QuestionerExit(3)
    return this.#askDefault()
  }

  override async askNotNullAlteration(
    fieldName: string,
    modelName: string,
  ): Promise<Deconstructed | null | typeof NOT_PROVIDED> {
    if (this.#options.dryRun) return null
    const choice = await this.#choiceInput(
      `It is impossible to change a nullable field '${fieldName}' on ${modelName} to non-nullable without ` +
        'providing a default. This is because the database needs something to populate existing rows.\n' +
        'Please select a fix:',
      [
        'Provide a one-off default now (will be set on all existing rows with a null value for this column)',
        'Ignore for now. Existing rows that contain NULL values will have to be handled manually, for example with a RunPython or RunSQL operation.',
        'Quit and manually define a default value in models.py.',
      ],
    )
    if (choice === 2) return NOT_PROVIDED
    if (choice === 3) throw new QuestionerExit(3)
    return this.#askDefault()
  }

  override async askRename(
    modelName: string,
    oldName: string,
    newName: string,
    fieldClassName: string,
  ): Promise<boolean> {
    return this.#booleanInput(
      `Was ${modelName}.${oldName} renamed to ${modelName}.${newName} (a ${fieldClassName})? [y/N]`,
      false,
    )
  }

  override async askRenameModel(oldModel: ModelState, newModel: ModelState): Promise<boolean> {
    return this.#booleanInput(
      `Was the model ${oldModel.appLabel}.${oldModel.name} renamed to ${newModel.name}? [y/N]`,
      false,
    )
  }

  override async askMerge(_appLabel: string): Promise<boolean> {
    return this.#booleanInput(
      '\nMerging will only work if the operations printed above do not conflict\n' +
        'with each other (working on different fields or models)\n' +
        'Should these migration branches be merged? [y/N]',
      false,
    )
  }

  override async askAutoNowAddAddition(fieldName: string, modelName: string): Promise<Deconstructed | null> {
    if (this.#options.dryRun) return null
    const choice = await this.#choiceInput(
      `It is impossible to add the field '${fieldName}' with 'auto_now_add=True' to ${modelName} without ` +
        'providing a default. This is because the database needs something to populate existing rows.\n',
      [
        'Provide a one-off default now which will be set on all existing rows',
        'Quit and manually define a default value in models.py.',
      ],
    )
    if (choice === 2) throw new QuestionerExit(3)
    return this.#askDefault('timezone.now')
  }

  override async askUniqueCallableDefaultAddition(fieldName: string, modelName: string): Promise<void> {
    if (this.#options.dryRun) return
    const version = this.#options.docsVersion ?? '5.2'
    const choice = await this.#choiceInput(
      `Callable default on unique field ${modelName}.${fieldName} will not generate unique values upon migrating.\n` +
        'Please choose how to proceed:\n',
      [
        'Continue making this migration as the first step in writing a manual migration to generate unique ' +
          `values described here: https://docs.djangoproject.com/en/${version}/howto/writing-migrations/#migrations-that-add-unique-fields.`,
        'Quit and edit field options in models.py.',
      ],
    )
    if (choice === 2) throw new QuestionerExit(3)
  }
}
