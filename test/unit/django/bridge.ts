import { startDjango } from '../../../src/engine/django/project-loader'
import { MemoryFiles } from '../../../src/engine/files'
import { repr } from '../../../src/engine/python/objects/repr'
import { newDict } from '../../../src/engine/python/objects/types'

/** Evaluates a Python expression after `from django.db import models` in a fresh bridge, returns its repr. */
export function evalRepr(expression: string): string {
  const { interp } = startDjango(new MemoryFiles({}))
  const scope = newDict()
  interp.exec('from django.db import models\n', '<test>', scope)
  return repr(interp.eval(expression, scope))
}
