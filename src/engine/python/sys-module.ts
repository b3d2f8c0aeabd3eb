import type { Interpreter } from './interpreter'
import type { PyValue } from './objects/base'
import { newList, newTuple, PyTuple, tupleType } from './objects/containers'
import { pyError, StopIteration, SystemExit } from './objects/exceptions'
import { PyModule } from './objects/functions'
import { nativeClass, nativeFunction } from './objects/native'
import { str } from './objects/repr'
import { newDict, None, objectType } from './objects/types'

/** Fills the `sys` module of an interpreter. */
export function makeSysModule(m: PyModule, interp: Interpreter): void {
  const stream = (name: 'stdout' | 'stderr') => {
    const cls = nativeClass({
      name: 'TextIOWrapper',
      module: '_io',
      bases: [objectType],
      methods: {
        write: [
          '(self, s, /)',
          ([, s]) => {
            const text = str(s)
            interp.write(name, text)
            return text.length
          },
        ],
        flush: ['(self, /)', () => None],
        isatty: ['(self, /)', () => false],
      },
    })
    const o = new (class extends PyModule {})(`<${name}>`)
    o.cls = cls
    return o
  }
  m.set('stdout', stream('stdout'))
  const read = () => interp.options.stdin?.() ?? null
  const stdinCls = nativeClass({
    name: 'TextIOWrapper',
    module: '_io',
    bases: [objectType],
    methods: {
      readline: ['(self, size=-1, /)', () => read() ?? ''],
      read: [
        '(self, size=-1, /)',
        () => {
          let out = ''
          for (let l = read(); l !== null; l = read()) out += l
          return out
        },
      ],
      readlines: [
        '(self, hint=-1, /)',
        () => {
          const out: string[] = []
          for (let l = read(); l !== null; l = read()) out.push(l)
          return newList(out)
        },
      ],
      __iter__: ['(self, /)', ([self]) => self],
      __next__: [
        '(self, /)',
        () => {
          const l = read()
          if (l === null) throw pyError(StopIteration)
          return l
        },
      ],
      isatty: ['(self, /)', () => false],
    },
  })
  const stdin = new (class extends PyModule {})('<stdin>')
  stdin.cls = stdinCls
  m.set('stdin', stdin)
  m.set('stderr', stream('stderr'))
  m.set('argv', newList([...(interp.options.argv ?? [''])]))
  m.set('path', newList(['']))
  m.set('platform', 'linux')
  m.set('version', '3.11.7 (main) [migration-playground]')
  const versionInfo = nativeClass({
    name: 'version_info',
    module: 'sys',
    bases: [tupleType],
    properties: Object.fromEntries(
      ['major', 'minor', 'micro', 'releaselevel', 'serial'].map((k, i) => [
        k,
        [(o: PyValue) => (o as PyTuple).items[i]],
      ]),
    ),
  })
  m.set('version_info', new PyTuple(versionInfo, [3, 11, 7, 'final', 0]))
  m.set('maxsize', 9223372036854775807n)
  m.set('byteorder', 'little')
  m.set('modules', modulesView(interp))
  m.set(
    'exit',
    nativeFunction('exit', '(status=None, /)', ([code]) => {
      const e = code === None ? pyError(SystemExit) : pyError(SystemExit, code)
      e.attrs = { code }
      throw e
    }),
  )
  m.set(
    'getrecursionlimit',
    nativeFunction('getrecursionlimit', '()', () => interp.recursionLimit),
  )
  m.set(
    'setrecursionlimit',
    nativeFunction('setrecursionlimit', '(limit, /)', ([n]) => {
      interp.recursionLimit = Number(n)
      return None
    }),
  )
  m.set(
    'exc_info',
    nativeFunction('exc_info', '()', () => {
      const e = interp.excStack[interp.excStack.length - 1]
      return e === undefined ? newTuple([None, None, None]) : newTuple([e.cls, e, None])
    }),
  )
}

function modulesView(interp: Interpreter): PyValue {
  const d = newDict()
  for (const [k, v] of interp.modules) d.set(k, v)
  return d
}
