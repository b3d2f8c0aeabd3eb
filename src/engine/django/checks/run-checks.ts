import { optionsOf } from '../db/models/options'
import type { DjangoRuntime } from '../runtime'
import type { CheckMessage } from './check-message'
import { checkField, checkReverseClashes } from './field-checks'
import { checkModel } from './model-checks'

/** Runs every system check on the registry's models (model checks, field checks, relation clashes). */
export function runChecks(rt: DjangoRuntime): CheckMessage[] {
  const out: CheckMessage[] = []
  for (const model of rt.models) {
    const opts = optionsOf(model)!
    if (opts.abstract) continue
    out.push(...checkModel(opts))
    for (const field of opts.localFields)
      if (!field.param('auto_created')) out.push(...checkField(field, opts, rt))
  }
  out.push(...checkReverseClashes(rt))
  return out
}
