/**
 * Engine failures the fuzz runner has found and that are not fixed yet, each as a pattern over the
 * finding's problem text. The fuzz test fails on any finding that matches none of them.
 */
export const KNOWN_FINDINGS: readonly { readonly pattern: RegExp; readonly why: string }[] = []
