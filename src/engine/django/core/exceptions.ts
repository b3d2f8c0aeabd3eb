import type { PyModule } from '../../python/objects/functions'
import { Exception } from '../../python/objects/exceptions'
import { newExceptionClass } from '../../python/objects/native'
import type { DjangoRuntime } from '../runtime'

/** The exception classes of `django.core.exceptions`, each with its base, in definition order. */
const CORE_EXCEPTIONS: readonly (readonly [string, string | null])[] = [
  ['FieldDoesNotExist', null],
  ['AppRegistryNotReady', null],
  ['ObjectDoesNotExist', null],
  ['MultipleObjectsReturned', null],
  ['SuspiciousOperation', null],
  ['PermissionDenied', null],
  ['ViewDoesNotExist', null],
  ['MiddlewareNotUsed', null],
  ['ImproperlyConfigured', null],
  ['FieldError', null],
  ['ValidationError', null],
  ['EmptyResultSet', null],
  ['FullResultSet', null],
  ['SynchronousOnlyOperation', null],
]

/** Builds `django.core.exceptions` and registers its classes in the runtime by name. */
export function buildCoreExceptions(module: PyModule, rt: DjangoRuntime): void {
  for (const [name] of CORE_EXCEPTIONS) {
    const cls = newExceptionClass(name, [Exception], 'django.core.exceptions')
    rt.classes.set(name, cls)
    module.set(name, cls)
  }
  module.set('NON_FIELD_ERRORS', '__all__')
}
