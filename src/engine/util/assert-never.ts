/** Fails the type check when a switch over a union misses a case; throws for values that slip through at run time. */
export function assertNever(value: never): never {
  throw new TypeError(`unexpected value: ${JSON.stringify(value)}`)
}
