/** A question a command is waiting on, with the choices to offer as buttons (value typed, label shown). */
export interface Question {
  readonly prompt: string
  readonly choices: readonly { readonly value: string; readonly label: string }[]
}

/**
 * Takes the output printed since the command's last input, returns the question it asks when it is one
 * of Django's prompts (a numbered menu, a `[y/N]` question, the one-off default `>>>` prompt), else null.
 */
export function questionOf(output: string): Question | null {
  const lines = output.split('\n')
  const prompt = lines.at(-1) ?? ''
  const menu = lines.flatMap((line) => {
    const match = /^\s*(\d+)\) (.*)$/.exec(line)
    return match === null ? [] : [{ value: match[1]!, label: `${match[1]}) ${match[2]}` }]
  })
  if (/Select an option: $/.test(prompt) && menu.length > 0) {
    const heading = lines.find((line) => line.trim().length > 0 && !/^\s*\d+\)/.test(line)) ?? prompt
    return { prompt: heading, choices: menu }
  }
  if (/\[y\/N\] $/.test(prompt)) {
    return {
      prompt: prompt.trim(),
      choices: [
        { value: 'y', label: 'Yes' },
        { value: 'N', label: 'No' },
      ],
    }
  }
  if (prompt === '>>> ' && output.includes('Please enter the default value')) {
    return {
      prompt: 'Type a one-off default value (a Python expression):',
      choices: [
        { value: '0', label: '0' },
        { value: "''", label: "''" },
        { value: 'timezone.now', label: 'timezone.now' },
        { value: 'None', label: 'None' },
      ],
    }
  }
  return null
}
