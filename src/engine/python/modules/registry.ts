import type { PyModule } from '../objects/functions'
import type { Interpreter } from '../interpreter'

/**
 * A module implemented in TypeScript. Each file under `modules/` exports one `NativeModule`
 * (`modules/math.ts` exports `mathModule`) and is listed in `NATIVE_MODULES` below; the
 * interpreter builds it on first import.
 */
export interface NativeModule {
  /** The dotted module name (`math`, `django.db.models`). */
  name: string
  /** Fills the module's namespace (`module.set(name, value)`). */
  build(module: PyModule, interp: Interpreter): void
}

/** The native modules every interpreter knows. */
export const NATIVE_MODULES: NativeModule[] = []
