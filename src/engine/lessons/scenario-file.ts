/**
 * The scenario format of ../shared/oracle/scenario.py, read exactly as the oracle reads it: directives on
 * lines starting with '@@ ' (write, delete, run, stdin, sql), comments before the first directive and on
 * lines starting with '@@#'.
 */

/** One directive of a scenario with its argument and body (the lines up to the next directive). */
export type ScenarioStep =
  | { readonly kind: 'write'; readonly arg: string; readonly body: string }
  | { readonly kind: 'delete'; readonly arg: string; readonly body: string }
  | { readonly kind: 'sql'; readonly arg: string; readonly body: string }
  | { readonly kind: 'run'; readonly arg: string; readonly body: string; readonly stdin: string }

/** A scenario step with the 1-based line of its `@@` directive. */
export interface LocatedStep {
  readonly step: ScenarioStep
  readonly line: number
}

/** A malformed scenario: the message names the scenario; `line` is the 1-based line of the bad directive. */
export class ScenarioSyntaxError extends SyntaxError {
  override readonly name = 'ScenarioSyntaxError'
  /** Takes the scenario's name, the line and what is wrong with it. */
  constructor(
    readonly scenario: string,
    readonly line: number,
    readonly detail: string,
  ) {
    super(`${scenario}: ${detail} (line ${line})`)
  }
}

interface DraftStep {
  line: number
  kind: string
  arg: string
  body: string[]
  stdin: string[] | null
  collect: 'body' | 'stdin'
}

/** Joins collected lines as the oracle does: trailing newlines dropped, one newline added unless empty. */
function joinLines(lines: readonly string[]): string {
  const text = lines.join('\n').replace(/\n+$/, '')
  return text === '' ? '' : text + '\n'
}

/** Parses a scenario's text (`name` is used in error messages) into its steps, in order. */
export function parseScenario(text: string, name: string): ScenarioStep[] {
  return parseScenarioLines(text, name).map((located) => located.step)
}

/** Parses a scenario's text into its steps with the line of each directive; throws ScenarioSyntaxError. */
export function parseScenarioLines(text: string, name: string): LocatedStep[] {
  const drafts: DraftStep[] = []
  let current: DraftStep | null = null
  const lines = text.split('\n')
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!
    if (line.startsWith('@@#')) continue
    if (line.startsWith('@@ ')) {
      const rest = line.slice(3).trim()
      const space = rest.search(/\s/)
      const kind = space < 0 ? rest : rest.slice(0, space)
      const arg = space < 0 ? '' : rest.slice(space).trim()
      if (kind === 'stdin') {
        const last = drafts[drafts.length - 1]
        if (last === undefined || last.kind !== 'run')
          throw new ScenarioSyntaxError(name, index + 1, "'@@ stdin' must follow '@@ run'")
        current = last
        current.stdin = []
        current.collect = 'stdin'
        continue
      }
      current = { line: index + 1, kind, arg, body: [], stdin: null, collect: 'body' }
      drafts.push(current)
      continue
    }
    if (current !== null) (current.collect === 'stdin' ? current.stdin! : current.body).push(line)
  }
  return drafts.map((draft): LocatedStep => ({ step: stepOf(draft, name), line: draft.line }))
}

function stepOf(draft: DraftStep, name: string): ScenarioStep {
  const body = joinLines(draft.body)
  switch (draft.kind) {
    case 'write':
    case 'delete':
    case 'sql':
      return { kind: draft.kind, arg: draft.arg, body }
    case 'run':
      return {
        kind: 'run',
        arg: draft.arg,
        body,
        stdin: draft.stdin === null ? '' : joinLines(draft.stdin),
      }
    default:
      throw new ScenarioSyntaxError(name, draft.line, `unknown directive @@ ${draft.kind}`)
  }
}

/** The installed apps of a scenario: every folder that receives a `models.py` anywhere in it, sorted. */
export function appsOf(steps: readonly ScenarioStep[]): string[] {
  const apps = new Set<string>()
  for (const step of steps) {
    if (step.kind === 'write' && step.arg.endsWith('/models.py') && step.arg.split('/').length === 2) {
      apps.add(step.arg.split('/')[0]!)
    }
  }
  return [...apps].sort()
}

/** Splits a command line as Python's `shlex.split` does (POSIX mode: quotes, backslashes, `#` is literal). */
export function shellSplit(line: string): string[] {
  const words: string[] = []
  let word: string | null = null
  let i = 0
  while (i < line.length) {
    const c = line[i]!
    if (/\s/.test(c)) {
      if (word !== null) words.push(word)
      word = null
      i++
    } else if (c === "'") {
      const end = line.indexOf("'", i + 1)
      if (end < 0) throw new SyntaxError(`No closing quotation in ${line}`)
      word = (word ?? '') + line.slice(i + 1, end)
      i = end + 1
    } else if (c === '"') {
      let text = ''
      i++
      while (i < line.length && line[i] !== '"') {
        if (line[i] === '\\' && i + 1 < line.length && '\\"$`\n'.includes(line[i + 1]!)) i++
        text += line[i]
        i++
      }
      if (i >= line.length) throw new SyntaxError(`No closing quotation in ${line}`)
      word = (word ?? '') + text
      i++
    } else if (c === '\\') {
      if (i + 1 >= line.length) throw new SyntaxError(`No escaped character in ${line}`)
      word = (word ?? '') + line[i + 1]
      i += 2
    } else {
      word = (word ?? '') + c
      i++
    }
  }
  if (word !== null) words.push(word)
  return words
}
