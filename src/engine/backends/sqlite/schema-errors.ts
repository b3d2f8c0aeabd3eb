import { DjangoException } from '../../migrations/exceptions'

/** Python's ValueError raised by the schema editor (incompatible field alterations, missing constraints). */
export class DjangoValueError extends DjangoException {
  override readonly name = 'DjangoValueError'
  readonly pythonName = 'ValueError'
}
