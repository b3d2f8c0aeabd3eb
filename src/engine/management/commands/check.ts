import { formatCheckReport, issueCountLine } from '../../django/checks/check-message'
import { runChecks } from '../../django/checks/run-checks'
import { setupDjango, tracebackText } from '../../django/project-loader'
import type { CommandHandler } from '../registry'

/**
 * `manage.py check`: imports the models and runs the system checks, printing
 * `System check identified no issues (0 silenced).`, the warnings on stderr, or Django's
 * `SystemCheckError` block with the issue count and exit status 1.
 */
export const check: CommandHandler = async (argv, ctx) => {
  void argv
  const django = setupDjango(ctx.files, {
    clock: ctx.clock,
    ...(ctx.codeCache !== undefined ? { codeCache: ctx.codeCache } : {}),
  })
  if ('kind' in django) {
    ctx.io.stderr(django.stderr)
    return django.exitCode
  }
  let messages
  try {
    messages = runChecks(django.rt)
  } catch (error) {
    ctx.io.stderr(tracebackText(error))
    return 1
  }
  if (messages.length === 0) {
    ctx.io.stdout(`${issueCountLine(0)}\n`)
    return 0
  }
  const report = `${formatCheckReport(messages)}\n${issueCountLine(messages.length)}\n`
  if (messages.some((m) => m.level === 'error')) {
    ctx.io.stderr(`SystemCheckError: ${report}`)
    return 1
  }
  ctx.io.stderr(report)
  return 0
}
