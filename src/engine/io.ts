/**
 * The terminal a command talks to. In the CLI it is the process's stdout, stderr and stdin; in the
 * playground it is the terminal pane, where `readLine` may wait for the learner.
 */
export interface CommandIO {
  /** Writes text to standard output as is (no newline added). */
  stdout(text: string): void
  /** Writes text to standard error as is (no newline added). */
  stderr(text: string): void
  /** Reads one line of input without its newline; null at end of input. */
  readLine(): Promise<string | null>
}

/** The time source, passed in so that tests and replays are deterministic. */
export interface Clock {
  /** The current instant. */
  now(): Date
}
