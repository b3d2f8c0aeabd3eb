import { finding, type OperationRule } from '../operation-context'

/** `from shop.models import Book`, `from .models import Book`, `import shop.models`, `from shop import models`. */
const MODEL_IMPORT =
  /^[ \t]*(?:from[ \t]+(\.*[\w.]*models)[ \t]+import\b|import[ \t]+([\w.]+\.models)\b|from[ \t]+(\.*[\w.]*)[ \t]+import[ \t(]+(?:[\w \t,]*,[ \t]*)?models\b)/gm

/** The modules named `...models` the source imports, other than Django's. */
export function importedModelModules(source: string): string[] {
  const out: string[] = []
  for (const match of source.matchAll(MODEL_IMPORT)) {
    const module = match[1] ?? match[2] ?? `${match[3]!}${match[3]!.endsWith('.') ? '' : '.'}models`
    if (module === 'models' || module.startsWith('django.')) continue
    out.push(module)
  }
  return out
}

/**
 * data-migration-imports-models: a RunPython in a migration whose file imports the app's models
 * directly: the function sees today's models, not the historical ones of this point in history.
 */
export const dataMigrationImportsModels: OperationRule = (context) => {
  if (context.op.kind !== 'RunPython' || context.source === undefined) return []
  const modules = importedModelModules(context.source)
  if (modules.length === 0) return []
  return [
    finding(
      context,
      'data-migration-imports-models',
      'error',
      `The migration imports ${modules.join(', ')} directly. Its RunPython then works with the models as they are in the code today, not as they were at this migration: once a later change adds or renames a field, the migration fails on a fresh database (tests, a new developer, a new server).`,
      [
        'Remove the import of the models.',
        "Inside the function, get each model from the historical registry: Book = apps.get_model('shop', 'Book').",
        'Use only fields and managers that exist at this point of the migration history (custom model methods are not available).',
      ],
    ),
  ]
}
