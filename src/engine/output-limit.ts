import type { CommandIO } from './io'

/** Characters one command may write to stdout and stderr together before the rest is dropped. */
export const OUTPUT_LIMIT_CHARS = 5_000_000

/**
 * Takes a terminal and a number of characters; returns a terminal that passes output through until
 * stdout and stderr together reach `limit`, then writes one notice to stderr and drops the rest.
 * Reading input is unchanged.
 */
export function limitOutput(io: CommandIO, limit: number = OUTPUT_LIMIT_CHARS): CommandIO {
  let written = 0
  let cut = false
  const pass = (write: (text: string) => void, text: string): void => {
    if (cut) return
    if (written + text.length <= limit) {
      written += text.length
      write(text)
      return
    }
    write(text.slice(0, limit - written))
    written = limit
    cut = true
    io.stderr(`\n[output stopped: this command wrote more than ${limit} characters; the rest is not shown]\n`)
  }
  return {
    stdout: (text) => pass((t) => io.stdout(t), text),
    stderr: (text) => pass((t) => io.stderr(t), text),
    readLine: () => io.readLine(),
  }
}
