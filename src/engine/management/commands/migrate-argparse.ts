/** An option a command accepts: its flags, whether it takes a value, and the allowed values. */
export interface OptionSpec {
  readonly dest: string
  readonly flags: readonly string[]
  readonly takesValue: boolean
  readonly choices?: readonly string[]
}

/** What a command's parser knows: usage text (as argparse prints it), options and positional names. */
export interface ParserSpec {
  readonly prog: string
  readonly usage: string
  readonly options: readonly OptionSpec[]
  /** Positional arguments in order; `optional` ones may be left out, `many` takes the rest. */
  readonly positionals: readonly {
    readonly dest: string
    readonly optional: boolean
    readonly many?: boolean
  }[]
  /** Pairs of option dests that may not be used together (argparse's mutually exclusive groups). */
  readonly exclusive?: readonly (readonly [string, string])[]
}

/** Parsed arguments: option values by dest (true for flags) and positionals by dest. */
export interface ParsedArgs {
  readonly options: ReadonlyMap<string, string | true>
  readonly positionals: ReadonlyMap<string, string | readonly string[]>
}

/** An argparse error: the command prints the usage and `prog: error: message` and exits with 2. */
export class ArgumentError extends Error {
  override readonly name = 'ArgumentError'
}

/** Django's common options, present on every command. */
export const COMMON_OPTIONS: readonly OptionSpec[] = [
  { dest: 'help', flags: ['-h', '--help'], takesValue: false },
  { dest: 'database', flags: ['--database'], takesValue: true, choices: ['default'] },
  { dest: 'version', flags: ['--version'], takesValue: false },
  { dest: 'verbosity', flags: ['-v', '--verbosity'], takesValue: true, choices: ['0', '1', '2', '3'] },
  { dest: 'settings', flags: ['--settings'], takesValue: true },
  { dest: 'pythonpath', flags: ['--pythonpath'], takesValue: true },
  { dest: 'traceback', flags: ['--traceback'], takesValue: false },
  { dest: 'no_color', flags: ['--no-color'], takesValue: false },
  { dest: 'force_color', flags: ['--force-color'], takesValue: false },
  { dest: 'skip_checks', flags: ['--skip-checks'], takesValue: false },
]

function flagLabel(spec: OptionSpec): string {
  return spec.flags.join('/')
}

function findOption(spec: ParserSpec, flag: string): OptionSpec | undefined {
  const exact = spec.options.find((o) => o.flags.includes(flag))
  if (exact !== undefined) return exact
  if (!flag.startsWith('--')) return undefined
  const matches = spec.options.filter((o) => o.flags.some((f) => f.startsWith('--') && f.startsWith(flag)))
  if (matches.length > 1) {
    const names = matches.map((o) => o.flags.find((f) => f.startsWith(flag))!).join(', ')
    throw new ArgumentError(`ambiguous option: ${flag} could match ${names}`)
  }
  return matches[0]
}

/** Parses argv as Python's argparse would for the spec; throws ArgumentError with argparse's message. */
export function parseArgs(spec: ParserSpec, argv: readonly string[]): ParsedArgs {
  const options = new Map<string, string | true>()
  const positionals: string[] = []
  const unknown: string[] = []
  const seenBy = new Map<string, string>()
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1))
      break
    }
    if (!arg.startsWith('-') || arg === '-' || /^-\d/.test(arg)) {
      positionals.push(arg)
      continue
    }
    let flag = arg
    let inline: string | undefined
    const eq = arg.indexOf('=')
    if (arg.startsWith('--') && eq > 0) {
      flag = arg.slice(0, eq)
      inline = arg.slice(eq + 1)
    } else if (!arg.startsWith('--') && arg.length > 2) {
      flag = arg.slice(0, 2)
      inline = arg.slice(2)
    }
    const option = findOption(spec, flag)
    if (option === undefined) {
      unknown.push(arg)
      continue
    }
    let value: string | true = true
    if (option.takesValue) {
      if (inline === undefined) {
        const next = argv[i + 1]
        if (next === undefined || (next.startsWith('-') && next !== '-')) {
          throw new ArgumentError(`argument ${flagLabel(option)}: expected one argument`)
        }
        value = next
        i++
      } else value = inline
      if (option.choices !== undefined && !option.choices.includes(value)) {
        const shown = option.choices.map((c) => (/^\d+$/.test(c) ? c : `'${c}'`)).join(', ')
        throw new ArgumentError(
          `argument ${flagLabel(option)}: invalid choice: ${/^\d+$/.test(value) ? value : `'${value}'`} (choose from ${shown})`,
        )
      }
    } else if (inline !== undefined && arg.startsWith('--')) {
      throw new ArgumentError(`argument ${flagLabel(option)}: ignored explicit argument '${inline}'`)
    }
    for (const [a, b] of spec.exclusive ?? []) {
      const other = option.dest === a ? b : option.dest === b ? a : null
      if (other !== null && seenBy.has(other)) {
        throw new ArgumentError(
          `argument ${flagLabel(option)}: not allowed with argument ${seenBy.get(other)}`,
        )
      }
    }
    seenBy.set(option.dest, flagLabel(option))
    options.set(option.dest, value)
  }
  const byDest = new Map<string, string | readonly string[]>()
  let at = 0
  const missing: string[] = []
  for (const p of spec.positionals) {
    if (p.many) {
      byDest.set(p.dest, positionals.slice(at))
      at = positionals.length
    } else if (at < positionals.length) byDest.set(p.dest, positionals[at++]!)
    else if (!p.optional) missing.push(p.dest)
  }
  if (options.has('help')) return { options, positionals: byDest }
  if (missing.length > 0)
    throw new ArgumentError(`the following arguments are required: ${missing.join(', ')}`)
  unknown.push(...positionals.slice(at))
  if (unknown.length > 0) throw new ArgumentError(`unrecognized arguments: ${unknown.join(' ')}`)
  return { options, positionals: byDest }
}

/** The verbosity option as a number (default 1). */
export function verbosityOf(args: ParsedArgs): number {
  const value = args.options.get('verbosity')
  return typeof value === 'string' ? Number(value) : 1
}
