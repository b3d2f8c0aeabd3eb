import type { DecimalEnv } from './decimal-context'
import { dropDigits } from './decimal-rounding'
import { digitCount, pow10, toSciString, type DecimalValue } from './decimal-value'

/** A parsed format spec: `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`. */
interface Spec {
  fill: string
  align: '<' | '>' | '^' | '=' | null
  sign: '+' | '-' | ' '
  noNegativeZero: boolean
  alternate: boolean
  zero: boolean
  width: number
  grouping: ',' | '_' | ''
  precision: number | null
  type: string
}

function parseSpec(spec: string): Spec | null {
  const match = /^(?:(.)?([<>=^]))?([+\- ])?(z)?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([eEfFgGn%])?$/su.exec(spec)
  if (!match) return null
  return {
    fill: match[1] ?? (match[6] && !match[2] ? '0' : ' '),
    align: (match[2] as Spec['align']) ?? (match[6] ? '=' : null),
    sign: (match[3] as Spec['sign']) ?? '-',
    noNegativeZero: match[4] !== undefined,
    alternate: match[5] !== undefined,
    zero: match[6] !== undefined,
    width: match[7] === undefined ? 0 : Number(match[7]),
    grouping: (match[8] as Spec['grouping']) ?? '',
    precision: match[9] === undefined ? null : Number(match[9]),
    type: match[10] ?? '',
  }
}

function group(digits: string, separator: string): string {
  if (separator === '') return digits
  let out = ''
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += separator
    out += digits[i]
  }
  return out
}

/**
 * `format(Decimal, spec)` as CPython formats decimals (exponent-aware, trailing zeros kept);
 * null when the spec is invalid (`ValueError: invalid format string`).
 */
export function formatDecimal(value: DecimalValue, specText: string, env: DecimalEnv): string | null {
  const spec = parseSpec(specText)
  if (spec === null) return null
  const percent = spec.type === '%' ? '%' : ''
  let sign = value.sign ? '-' : ''
  let body: string
  if (value.kind !== 'finite') {
    body = toSciString({ ...value, sign: 0 }) + percent
  } else {
    let coefficient = value.coefficient
    let exponent = value.exponent + (percent ? 2 : 0)
    const rounding = env.settings.rounding
    const type = spec.type
    const p = spec.precision
    const zeroDigits = coefficient === 0n && (type === 'e' || type === 'E') && p !== null ? p + 1 : 1
    if (coefficient === 0n) {
      if (type === 'f' || type === 'F' || type === '%') exponent = Math.min(exponent, 0)
      if (p !== null && type !== 'e' && type !== 'E')
        exponent = type === 'f' || type === 'F' || type === '%' ? -p : exponent
    } else if (p !== null) {
      if (type === 'e' || type === 'E') {
        const change = digitCount(coefficient) - (p + 1)
        if (change > 0) coefficient = dropDigits(value.sign, coefficient, change, rounding).coefficient
        else coefficient *= pow10(-change)
        exponent += change
        if (digitCount(coefficient) > p + 1) {
          coefficient /= 10n
          exponent++
        }
      } else if (type === 'f' || type === 'F' || type === '%') {
        if (-p > exponent) {
          coefficient = dropDigits(value.sign, coefficient, -p - exponent, rounding).coefficient
        } else {
          coefficient *= pow10(exponent + p)
        }
        exponent = -p
      } else {
        const keep = Math.max(p, 1)
        const change = digitCount(coefficient) - keep
        if (change > 0) {
          coefficient = dropDigits(value.sign, coefficient, change, rounding).coefficient
          exponent += change
          if (digitCount(coefficient) > keep) {
            coefficient /= 10n
            exponent++
          }
        }
      }
    }
    if (spec.noNegativeZero && coefficient === 0n) sign = ''
    const digits = coefficient === 0n ? '0'.repeat(zeroDigits) : coefficient.toString()
    const leftDigits = exponent + digits.length
    let dot: number
    if (type === 'e' || type === 'E') dot = 1
    else if (type === 'f' || type === 'F' || type === '%') dot = leftDigits
    else dot = exponent <= 0 && leftDigits > -6 ? leftDigits : 1
    let whole: string
    let fraction: string
    if (dot <= 0) {
      whole = '0'
      fraction = '0'.repeat(-dot) + digits
    } else if (dot >= digits.length) {
      whole = digits + '0'.repeat(dot - digits.length)
      fraction = ''
    } else {
      whole = digits.slice(0, dot)
      fraction = digits.slice(dot)
    }
    let exponentText = ''
    if (dot !== leftDigits || type === 'e' || type === 'E') {
      const shown = leftDigits - dot
      const letter = type === 'E' || type === 'G' || (type === '' && env.settings.capitals) ? 'E' : 'e'
      exponentText = `${letter}${shown < 0 ? '-' : '+'}${Math.abs(shown)}`
    }
    const point = fraction !== '' || spec.alternate ? '.' : ''
    if (spec.zero && spec.align === '=' && spec.fill === '0') {
      const signWidth = (sign || (spec.sign === '-' ? '' : spec.sign)).length
      const rest = point.length + fraction.length + exponentText.length + percent.length
      const room = spec.width - signWidth - rest
      while (group(whole, spec.grouping).length < room) whole = '0' + whole
    }
    body = group(whole, spec.grouping) + point + fraction + exponentText + percent
  }
  if (sign === '' && spec.sign !== '-') sign = spec.sign
  const fill = value.kind !== 'finite' && spec.zero && spec.fill === '0' ? ' ' : spec.fill
  const align = spec.align ?? '>'
  const missing = spec.width - sign.length - body.length
  if (missing <= 0) return sign + body
  switch (align) {
    case '<':
      return sign + body + fill.repeat(missing)
    case '>':
      return fill.repeat(missing) + sign + body
    case '^':
      return fill.repeat(Math.floor(missing / 2)) + sign + body + fill.repeat(Math.ceil(missing / 2))
    case '=':
      return sign + fill.repeat(missing) + body
  }
}
