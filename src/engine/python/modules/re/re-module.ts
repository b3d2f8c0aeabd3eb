import { PyObject, type PyType, type PyValue } from '../../objects/base'
import { call } from '../../objects/calls'
import { newList, newTuple } from '../../objects/containers'
import {
  Exception,
  IndexError,
  PyBaseException,
  pyError,
  TypeError,
  ValueError,
} from '../../objects/exceptions'
import { iter } from '../../objects/iteration'
import { setattr } from '../../objects/attributes'
import { nativeClass, nativeFunction, newExceptionClass } from '../../objects/native'
import { asInt } from '../../objects/numbers'
import { repr } from '../../objects/repr'
import { newDict, None, typeOf } from '../../objects/types'
import type { NativeModule } from '../registry'
import { CodePointIndex } from './code-points'
import { flagNames, RE_FLAG_ALIASES, RE_FLAGS } from './flags'
import { clampRange, compileMatcher, execAt, iterateMatches, type Matcher, type MatchMode } from './matcher'
import { matchClass, PyMatch } from './re-match'
import { parseTemplate, type TemplatePart } from './template'
import { translatePattern } from './translate'

/** A compiled `re.Pattern`. */
class PyPattern extends PyObject {
  constructor(
    cls: PyType,
    readonly source: string,
    readonly matcher: Matcher,
  ) {
    super(cls)
  }
}

const SPECIAL = new Set('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')

/** `re.escape`: a backslash before every character with a special meaning in patterns. */
function escape(text: string): string {
  let out = ''
  for (const ch of text) out += SPECIAL.has(ch) ? `\\${ch}` : ch
  return out
}

function subject(v: PyValue): string {
  if (typeof v === 'string') return v
  if (v instanceof PyObject && typeof v.prim === 'string') return v.prim
  throw pyError(TypeError, `expected string or bytes-like object, got '${typeOf(v).name}'`)
}

function intArg(v: PyValue, fallback: number): number {
  if (v === None || v === undefined) return fallback
  const i = asInt(v)
  if (i === undefined)
    throw pyError(TypeError, `'${typeOf(v).name}' object cannot be interpreted as an integer`)
  return Number(i)
}

/** The `re.RegexFlag` IntFlag (`re.I` shows as `re.IGNORECASE`), built on the enum module. */
const REGEX_FLAG_SOURCE = `from enum import IntFlag as _IntFlag


class RegexFlag(_IntFlag):
    NOFLAG = 0
    ASCII = A = 256
    IGNORECASE = I = 2
    LOCALE = L = 4
    UNICODE = U = 32
    MULTILINE = M = 8
    DOTALL = S = 16
    VERBOSE = X = 64
    TEMPLATE = T = 1
    DEBUG = 128

    def __repr__(self):
        value = self._value_
        if not value:
            return 're.NOFLAG'
        names = []
        for name in type(self)._member_names_:
            bit = type(self)._member_map_[name]._value_
            if bit and value & bit == bit:
                names.append('re.' + name)
                value &= ~bit
        if value:
            names.append(hex(value))
        return '|'.join(names)

    __str__ = __repr__


RegexFlag.__module__ = 're'
globals().update(RegexFlag.__members__)
del _IntFlag
`

/** `re`: Python regular expressions on JavaScript RegExp, with CPython's match semantics and errors. */
export const reModule: NativeModule = {
  name: 're',
  build(module, interp) {
    const error = newExceptionClass('error', [Exception], 're')
    const fail = (message: string, pattern: PyValue, indexError = false): never => {
      if (indexError) throw pyError(IndexError, message)
      const e = call(error, [message]) as PyBaseException
      const at = /at position (\d+)$/.exec(message)
      setattr(e, 'msg', message.replace(/ at position \d+$/, ''))
      setattr(e, 'pattern', pattern)
      setattr(e, 'pos', at ? Number(at[1]) : None)
      throw e
    }

    const cache = new Map<string, PyPattern>()
    const Match = matchClass((match, template) =>
      match.expand(templateOf(match.pattern as PyPattern, template)),
    )
    const Pattern = nativeClass({
      name: 'Pattern',
      module: 're',
      methods: {
        search: [
          '(self, string, pos=0, endpos=None)',
          ([p, s, pos, endpos]) => run(p, s, pos, endpos, 'search'),
        ],
        match: [
          '(self, string, pos=0, endpos=None)',
          ([p, s, pos, endpos]) => run(p, s, pos, endpos, 'match'),
        ],
        fullmatch: [
          '(self, string, pos=0, endpos=None)',
          ([p, s, pos, endpos]) => run(p, s, pos, endpos, 'fullmatch'),
        ],
        findall: [
          '(self, string, pos=0, endpos=None)',
          ([p, s, pos, endpos]) => findall(pattern(p), s, pos, endpos),
        ],
        finditer: [
          '(self, string, pos=0, endpos=None)',
          ([p, s, pos, endpos]) => finditer(pattern(p), s, pos, endpos),
        ],
        split: ['(self, string, maxsplit=0)', ([p, s, maxsplit]) => split(pattern(p), s, maxsplit)],
        sub: [
          '(self, repl, string, count=0)',
          ([p, repl, s, count]) => substitute(pattern(p), repl, s, count)[0],
        ],
        subn: [
          '(self, repl, string, count=0)',
          ([p, repl, s, count]) => newTuple(substitute(pattern(p), repl, s, count)),
        ],
        __repr__: [
          '(self)',
          ([p]) => {
            const pat = pattern(p)
            const flags = flagNames(pat.matcher.pattern.flags)
            return `re.compile(${repr(pat.source)}${flags ? `, ${flags}` : ''})`
          },
        ],
        __eq__: [
          '(self, other)',
          ([p, o]) =>
            o instanceof PyPattern &&
            pattern(p).source === o.source &&
            pattern(p).matcher.pattern.flags === o.matcher.pattern.flags,
        ],
        __hash__: ['(self)', ([p]) => pattern(p).source.length],
      },
      properties: {
        pattern: [(p) => pattern(p).source],
        flags: [(p) => pattern(p).matcher.pattern.flags],
        groups: [(p) => pattern(p).matcher.pattern.groupCount],
        groupindex: [(p) => newDict([...pattern(p).matcher.pattern.groupNames])],
      },
    })

    function pattern(v: PyValue): PyPattern {
      if (v instanceof PyPattern) return v
      throw pyError(TypeError, `descriptor requires a 're.Pattern' object but received a '${typeOf(v).name}'`)
    }

    function compile(source: PyValue, flags: PyValue): PyPattern {
      if (source instanceof PyPattern) {
        if (intArg(flags, 0) !== 0)
          throw pyError(ValueError, 'cannot process flags argument with a compiled pattern')
        return source
      }
      if (typeof source !== 'string')
        throw pyError(TypeError, 'first argument must be string or compiled pattern')
      const bits = intArg(flags, 0)
      const key = `${bits}:${source}`
      const cached = cache.get(key)
      if (cached) return cached
      const translated = translatePattern(source, bits)
      if ('error' in translated) return fail(translated.error, source)
      let matcher: Matcher
      try {
        matcher = compileMatcher(translated)
      } catch (e) {
        return fail(e instanceof Error ? e.message : String(e), source)
      }
      const compiled = new PyPattern(Pattern, source, matcher)
      cache.set(key, compiled)
      return compiled
    }

    function makeMatch(
      p: PyPattern,
      s: string,
      index: CodePointIndex,
      spans: ReturnType<typeof execAt>,
      pos: number,
      endpos: number,
    ): PyValue {
      if (spans === null) return None
      return new PyMatch(Match, p, p.matcher.pattern, s, index, spans, pos, endpos)
    }

    function bounds(index: CodePointIndex, pos: PyValue, endpos: PyValue): [number, number, number, number] {
      const [start, end] = clampRange(
        index.length,
        intArg(pos, 0),
        endpos === None ? null : intArg(endpos, index.length),
      )
      return [start, end, index.toUnits(start), index.toUnits(end)]
    }

    function run(p: PyValue, s: PyValue, pos: PyValue, endpos: PyValue, mode: MatchMode): PyValue {
      const pat = pattern(p)
      const text = subject(s)
      const index = new CodePointIndex(text)
      const [start, end, startUnits, endUnits] = bounds(index, pos, endpos)
      return makeMatch(pat, text, index, execAt(pat.matcher, text, startUnits, endUnits, mode), start, end)
    }

    function findall(p: PyPattern, s: PyValue, pos: PyValue = 0, endpos: PyValue = None): PyValue {
      const text = subject(s)
      const index = new CodePointIndex(text)
      const [, , startUnits, endUnits] = bounds(index, pos, endpos)
      const groups = p.matcher.pattern.groupCount
      const out: PyValue[] = []
      for (const spans of iterateMatches(p.matcher, text, startUnits, endUnits)) {
        const textOf = (g: number) => (spans[g] ? text.slice(spans[g]![0], spans[g]![1]) : '')
        if (groups === 0) out.push(textOf(0))
        else if (groups === 1) out.push(textOf(1))
        else out.push(newTuple(Array.from({ length: groups }, (_, i) => textOf(i + 1))))
      }
      return newList(out)
    }

    function finditer(p: PyPattern, s: PyValue, pos: PyValue = 0, endpos: PyValue = None): PyValue {
      const text = subject(s)
      const index = new CodePointIndex(text)
      const [start, end, startUnits, endUnits] = bounds(index, pos, endpos)
      const matches = [...iterateMatches(p.matcher, text, startUnits, endUnits)].map((spans) =>
        makeMatch(p, text, index, spans, start, end),
      )
      return iter(newList(matches))
    }

    function split(p: PyPattern, s: PyValue, maxsplit: PyValue): PyValue {
      const text = subject(s)
      const limit = intArg(maxsplit, 0)
      const out: PyValue[] = []
      let last = 0
      let count = 0
      for (const spans of iterateMatches(p.matcher, text, 0, text.length)) {
        if (limit > 0 && count >= limit) break
        out.push(text.slice(last, spans[0]![0]))
        for (let g = 1; g < spans.length; g++)
          out.push(spans[g] ? text.slice(spans[g]![0], spans[g]![1]) : None)
        last = spans[0]![1]
        count++
      }
      out.push(text.slice(last))
      return newList(out)
    }

    function templateOf(p: PyPattern, template: PyValue): TemplatePart[] {
      const parts = parseTemplate(
        subject(template),
        p.matcher.pattern.groupCount,
        p.matcher.pattern.groupNames,
      )
      if ('error' in parts) return fail(parts.error, template, parts.indexError === true)
      return parts
    }

    function substitute(p: PyPattern, repl: PyValue, s: PyValue, count: PyValue): [string, number] {
      const text = subject(s)
      const index = new CodePointIndex(text)
      const limit = intArg(count, 0)
      const template = typeof repl === 'string' ? templateOf(p, repl) : null
      let out = ''
      let last = 0
      let n = 0
      for (const spans of iterateMatches(p.matcher, text, 0, text.length)) {
        if (limit > 0 && n >= limit) break
        out += text.slice(last, spans[0]![0])
        const match = new PyMatch(Match, p, p.matcher.pattern, text, index, spans, 0, index.length)
        out += template !== null ? match.expand(template) : subject(call(repl, [match]))
        last = spans[0]![1]
        n++
      }
      return [out + text.slice(last), n]
    }

    const viaPattern = (name: string, signature: string, impl: (p: PyPattern, args: PyValue[]) => PyValue) =>
      module.set(
        name,
        nativeFunction(name, signature, (args) =>
          impl(compile(args[0], args[args.length - 1]), args.slice(1, -1)),
        ),
      )
    viaPattern('compile', '(pattern, flags=0)', (p) => p)
    viaPattern('search', '(pattern, string, flags=0)', (p, [s]) => run(p, s, 0, None, 'search'))
    viaPattern('match', '(pattern, string, flags=0)', (p, [s]) => run(p, s, 0, None, 'match'))
    viaPattern('fullmatch', '(pattern, string, flags=0)', (p, [s]) => run(p, s, 0, None, 'fullmatch'))
    viaPattern('findall', '(pattern, string, flags=0)', (p, [s]) => findall(p, s))
    viaPattern('finditer', '(pattern, string, flags=0)', (p, [s]) => finditer(p, s))
    viaPattern('split', '(pattern, string, maxsplit=0, flags=0)', (p, [s, maxsplit]) => split(p, s, maxsplit))
    viaPattern(
      'sub',
      '(pattern, repl, string, count=0, flags=0)',
      (p, [repl, s, count]) => substitute(p, repl, s, count)[0],
    )
    viaPattern('subn', '(pattern, repl, string, count=0, flags=0)', (p, [repl, s, count]) =>
      newTuple(substitute(p, repl, s, count)),
    )
    module.set(
      'escape',
      nativeFunction('escape', '(pattern)', ([p]) => escape(subject(p))),
    )
    module.set(
      'purge',
      nativeFunction('purge', '()', () => (cache.clear(), None)),
    )
    module.set('error', error)
    module.set('Pattern', Pattern)
    module.set('Match', Match)
    for (const [name, bit] of Object.entries(RE_FLAGS)) module.set(name, bit)
    for (const [alias, name] of Object.entries(RE_FLAG_ALIASES))
      module.set(alias, RE_FLAGS[name as keyof typeof RE_FLAGS])
    module.set('NOFLAG', 0)
    interp.exec(REGEX_FLAG_SOURCE, '<stdlib>/re/__init__.py', module.dict)
  },
}
