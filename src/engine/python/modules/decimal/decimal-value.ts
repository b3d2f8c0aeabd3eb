/**
 * The value of a Python `Decimal`: a sign, an integer coefficient and a base-10 exponent that is
 * kept as written (`Decimal('1.50')` is 150 × 10⁻²), or an infinity, or a quiet/signaling NaN.
 */
export type DecimalValue =
  | { readonly kind: 'finite'; readonly sign: 0 | 1; readonly coefficient: bigint; readonly exponent: number }
  | { readonly kind: 'infinity'; readonly sign: 0 | 1 }
  | { readonly kind: 'nan'; readonly sign: 0 | 1; readonly signaling: boolean; readonly payload: bigint }

/** A finite decimal value. */
export type FiniteDecimal = Extract<DecimalValue, { kind: 'finite' }>

/** Builds a finite value. */
export function finite(sign: 0 | 1, coefficient: bigint, exponent: number): FiniteDecimal {
  return { kind: 'finite', sign, coefficient, exponent }
}

/** Positive or negative infinity. */
export function infinity(sign: 0 | 1): DecimalValue {
  return { kind: 'infinity', sign }
}

/** The quiet NaN CPython returns for an untrapped InvalidOperation. */
export const QUIET_NAN: DecimalValue = { kind: 'nan', sign: 0, signaling: false, payload: 0n }

/** The number of decimal digits of a non-negative coefficient (1 for zero). */
export function digitCount(coefficient: bigint): number {
  return coefficient === 0n ? 1 : coefficient.toString().length
}

/** The exponent of the most significant digit (`Decimal.adjusted()`). */
export function adjusted(value: FiniteDecimal): number {
  return value.exponent + digitCount(value.coefficient) - 1
}

/** 10 to a non-negative power, as a bigint. */
export function pow10(n: number): bigint {
  return 10n ** BigInt(n)
}

/** The exact decimal value of an int. */
export function fromInteger(value: bigint | number): FiniteDecimal {
  const big = BigInt(value)
  return finite(big < 0n ? 1 : 0, big < 0n ? -big : big, 0)
}

/** The exact decimal value of a float (`Decimal(0.1)` keeps every binary digit); infinities and NaN map across. */
export function fromFloat(value: number): DecimalValue {
  if (Number.isNaN(value)) return QUIET_NAN
  const sign: 0 | 1 = value < 0 || Object.is(value, -0) ? 1 : 0
  if (!Number.isFinite(value)) return infinity(sign)
  let magnitude = Math.abs(value)
  let binaryExponent = 0
  while (!Number.isInteger(magnitude)) {
    magnitude *= 2
    binaryExponent++
  }
  const mantissa = BigInt(magnitude)
  if (binaryExponent === 0) return finite(sign, mantissa, 0)
  return finite(sign, mantissa * 5n ** BigInt(binaryExponent), -binaryExponent)
}

/**
 * Parses Python's decimal string syntax (surrounding whitespace and digit underscores allowed,
 * `inf`/`Infinity`/`nan`/`snan` in any case, NaN payloads); null when the text is not a number.
 */
export function parseDecimal(text: string): DecimalValue | null {
  const trimmed = text.trim()
  const match =
    /^([+-])?(?:(\d(?:_?\d)*)?(?:\.(\d(?:_?\d)*)?)?(?:[eE]([+-]?\d(?:_?\d)*))?|(inf(?:inity)?)|(s?nan)(\d*))$/i.exec(
      trimmed,
    )
  if (!match) return null
  const sign: 0 | 1 = match[1] === '-' ? 1 : 0
  if (match[5] !== undefined) return infinity(sign)
  if (match[6] !== undefined) {
    return { kind: 'nan', sign, signaling: match[6].length === 4, payload: BigInt(match[7] || '0') }
  }
  const whole = (match[2] ?? '').replace(/_/g, '')
  const fraction = (match[3] ?? '').replace(/_/g, '')
  if (whole === '' && fraction === '') return null
  const exponent = match[4] === undefined ? 0 : Number(match[4].replace(/_/g, ''))
  return finite(sign, BigInt(whole + fraction), exponent - fraction.length)
}

/** Python's `str(Decimal)`: scientific notation when the exponent is positive or the number is tiny. */
export function toSciString(value: DecimalValue, capitals = true): string {
  const sign = value.sign ? '-' : ''
  switch (value.kind) {
    case 'infinity':
      return `${sign}Infinity`
    case 'nan':
      return `${sign}${value.signaling ? 'sNaN' : 'NaN'}${value.payload ? value.payload : ''}`
    case 'finite': {
      const digits = value.coefficient.toString()
      const adj = adjusted(value)
      if (value.exponent <= 0 && adj >= -6) {
        if (value.exponent === 0) return sign + digits
        const point = digits.length + value.exponent
        if (point > 0) return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`
        return `${sign}0.${'0'.repeat(-point)}${digits}`
      }
      const mantissa = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits
      return `${sign}${mantissa}${capitals ? 'E' : 'e'}${adj >= 0 ? '+' : ''}${adj}`
    }
  }
}

/** Removes trailing zeros from the coefficient, raising the exponent (`normalize` without rounding). */
export function stripTrailingZeros(value: FiniteDecimal, maxExponent = Infinity): FiniteDecimal {
  if (value.coefficient === 0n) return maxExponent === Infinity ? finite(value.sign, 0n, 0) : value
  let { coefficient, exponent } = value
  while (coefficient % 10n === 0n && exponent < maxExponent) {
    coefficient /= 10n
    exponent++
  }
  return finite(value.sign, coefficient, exponent)
}
