import type { PyModule } from '../../python/objects/functions'
import type { DjangoRuntime } from '../runtime'
import { deconstructibleClass } from '../db/models/deconstructible'

/** The validator classes of `django.core.validators` (deconstructible with their constructor arguments). */
export const VALIDATOR_CLASSES: readonly string[] = [
  'RegexValidator',
  'URLValidator',
  'EmailValidator',
  'BaseValidator',
  'MaxValueValidator',
  'MinValueValidator',
  'StepValueValidator',
  'MinLengthValidator',
  'MaxLengthValidator',
  'DecimalValidator',
  'FileExtensionValidator',
  'ProhibitNullCharactersValidator',
  'DomainNameValidator',
]

/** Builds `django.core.validators`: the validator classes and `validate_email`. */
export function buildValidators(module: PyModule, rt: DjangoRuntime): void {
  for (const name of VALIDATOR_CLASSES) {
    const cls = deconstructibleClass({ name, module: 'django.core.validators' }, rt)
    module.set(name, cls)
  }
}
