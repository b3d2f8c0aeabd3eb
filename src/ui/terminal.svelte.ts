import { questionOf, type Question } from './question'

/** One piece of terminal output: what the learner typed, what a command printed, or a hint. */
export interface OutputChunk {
  readonly stream: 'input' | 'stdout' | 'stderr' | 'hint'
  readonly text: string
}

/** The terminal: its output, the history of lines typed, and the question a running command waits on. */
export interface TerminalState {
  output: OutputChunk[]
  history: string[]
  running: string | null
  question: Question | null
  /** True while a command waits on readLine (a line typed answers it). */
  waiting: boolean
  /** Output since the command last read input (where a question is looked for). */
  sinceInput: string
}

/** A fresh, empty terminal. */
export function createTerminal(): TerminalState {
  const state: TerminalState = $state({
    output: [],
    history: [],
    running: null,
    question: null,
    waiting: false,
    sinceInput: '',
  })
  return state
}

/** Appends text to the terminal, merging with the previous chunk of the same stream. */
export function write(terminal: TerminalState, stream: OutputChunk['stream'], text: string): void {
  const last = terminal.output.at(-1)
  if (last !== undefined && last.stream === stream && stream !== 'input') {
    terminal.output[terminal.output.length - 1] = { stream, text: last.text + text }
  } else terminal.output.push({ stream, text })
  if (stream === 'stdout' || stream === 'stderr') terminal.sinceInput += text
}

/** Resolvers of the line a waiting command reads, by terminal (not state: a plain closure per session). */
export function createLineReader(terminal: TerminalState): {
  readLine: () => Promise<string | null>
  answer: (line: string | null) => void
} {
  let pending: ((line: string | null) => void) | null = null
  return {
    readLine: () =>
      new Promise((resolve) => {
        terminal.waiting = true
        terminal.question = questionOf(terminal.sinceInput)
        pending = resolve
      }),
    answer: (line) => {
      const resolve = pending
      if (resolve === null) return
      pending = null
      terminal.waiting = false
      terminal.question = null
      terminal.sinceInput = ''
      if (line !== null) write(terminal, 'input', `${line}\n`)
      resolve(line)
    },
  }
}
