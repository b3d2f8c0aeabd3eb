import type { PyModule } from '../../../python/objects/functions'
import type { DjangoRuntime } from '../../runtime'
import { deconstructibleClass } from './deconstructible'

/** Django's database functions by submodule of `django.db.models.functions`. */
export const DATABASE_FUNCTIONS: Readonly<Record<string, readonly string[]>> = {
  text: [
    'Chr',
    'Concat',
    'ConcatPair',
    'Left',
    'Length',
    'Lower',
    'LPad',
    'LTrim',
    'MD5',
    'Ord',
    'Repeat',
    'Replace',
    'Reverse',
    'Right',
    'RPad',
    'RTrim',
    'SHA1',
    'SHA224',
    'SHA256',
    'SHA384',
    'SHA512',
    'StrIndex',
    'Substr',
    'Trim',
    'Upper',
  ],
  comparison: ['Cast', 'Coalesce', 'Collate', 'Greatest', 'JSONObject', 'Least', 'NullIf'],
  datetime: [
    'Extract',
    'ExtractDay',
    'ExtractHour',
    'ExtractIsoWeekDay',
    'ExtractIsoYear',
    'ExtractMinute',
    'ExtractMonth',
    'ExtractQuarter',
    'ExtractSecond',
    'ExtractWeek',
    'ExtractWeekDay',
    'ExtractYear',
    'Now',
    'Trunc',
    'TruncDate',
    'TruncDay',
    'TruncHour',
    'TruncMinute',
    'TruncMonth',
    'TruncQuarter',
    'TruncSecond',
    'TruncTime',
    'TruncWeek',
    'TruncYear',
  ],
  math: [
    'Abs',
    'ACos',
    'ASin',
    'ATan',
    'ATan2',
    'Ceil',
    'Cos',
    'Cot',
    'Degrees',
    'Exp',
    'Floor',
    'Ln',
    'Log',
    'Mod',
    'Pi',
    'Power',
    'Radians',
    'Random',
    'Round',
    'Sign',
    'Sin',
    'Sqrt',
    'Tan',
  ],
  window: [
    'CumeDist',
    'DenseRank',
    'FirstValue',
    'Lag',
    'LastValue',
    'Lead',
    'NthValue',
    'Ntile',
    'PercentRank',
    'Rank',
    'RowNumber',
  ],
}

/**
 * Creates every database function class (deconstructing to `django.db.models.functions.text.Lower(...)`)
 * and puts them in the submodules and in `django.db.models.functions` itself.
 */
export function createFunctionClasses(
  rt: DjangoRuntime,
  modules: { functions: PyModule; sub: (name: string) => PyModule },
): void {
  const func = rt.cls('Func')
  for (const [sub, names] of Object.entries(DATABASE_FUNCTIONS)) {
    const module = modules.sub(sub)
    for (const name of names) {
      const cls = deconstructibleClass(
        { name, module: `django.db.models.functions.${sub}`, bases: [func] },
        rt,
      )
      module.set(name, cls)
      modules.functions.set(name, cls)
    }
  }
}
