import type { PyModule } from '../objects/functions'
import type { Interpreter } from '../interpreter'
import { bisectModule } from './bisect/bisect-module'
import { contextlibModule } from './contextlib/contextlib-module'
import { copyModule } from './copy/copy-module'
import { heapqModule } from './heapq/heapq-module'
import { textwrapModule } from './textwrap/textwrap-module'
import { typesModule } from './types/types-module'
import { abcModule } from './abc/abc-module'
import { calendarModule } from './calendar/calendar-module'
import { ioModule } from './io/io-module'
import { secretsModule } from './secrets/secrets-module'
import { typingModule } from './typing/typing-module'
import { warningsModule } from './warnings/warnings-module'
import { loggingModule } from './logging/logging-module'
import { dataclassesModule } from './dataclasses/dataclasses-module'
import { collectionsModule } from './collections/collections-module'
import { datetimeModule } from './datetime/datetime-module'
import { datetimeSupportModule } from './datetime/datetime-support-module'
import { decimalModule } from './decimal/decimal-module'
import { enumModule } from './enum/enum-module'
import { functoolsModule } from './functools/functools-module'
import { itertoolsModule } from './itertools/itertools-module'
import { jsonModule } from './json/json-module'
import { keywordModule } from './keyword/keyword-module'
import { mathModule } from './math/math-module'
import { operatorModule } from './operator/operator-module'
import { randomModule } from './random/random-module'
import { reModule } from './re/re-module'
import { stringModule } from './string/string-module'
import { timeModule } from './time/time-module'
import { uuidModule } from './uuid/uuid-module'
import { uuidSupportModule } from './uuid/uuid-support-module'

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
export const NATIVE_MODULES: NativeModule[] = [
  loggingModule,
  abcModule,
  calendarModule,
  ioModule,
  secretsModule,
  typingModule,
  warningsModule,
  dataclassesModule,
  bisectModule,
  contextlibModule,
  copyModule,
  heapqModule,
  textwrapModule,
  typesModule,
  collectionsModule,
  datetimeModule,
  datetimeSupportModule,
  decimalModule,
  enumModule,
  functoolsModule,
  itertoolsModule,
  jsonModule,
  keywordModule,
  mathModule,
  operatorModule,
  randomModule,
  reModule,
  stringModule,
  timeModule,
  uuidModule,
  uuidSupportModule,
]
