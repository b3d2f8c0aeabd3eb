import type { Interpreter } from './interpreter'
import type { PyValue } from './objects/base'
import { newList, newTuple, PyTuple } from './objects/containers'
import { KeyError, pyError, TypeError } from './objects/exceptions'
import type { PyModule } from './objects/functions'
import { nativeFunction } from './objects/native'
import { newDict, None, typeOf } from './objects/types'

/** The working directory scripts see (project files live under it). */
const CWD = '/project'

const asPath = (v: PyValue, fn: string): string => {
  if (typeof v === 'string') return v
  throw pyError(TypeError, `${fn}: path should be string, bytes or os.PathLike, not ${typeOf(v).name}`)
}

/** posixpath.normpath. */
export function normpath(p: string): string {
  if (p === '') return '.'
  const initial = p.startsWith('/') ? (p.startsWith('//') && !p.startsWith('///') ? 2 : 1) : 0
  const out: string[] = []
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue
    if (
      part !== '..' ||
      (initial === 0 && out.length === 0) ||
      (out.length > 0 && out[out.length - 1] === '..')
    )
      out.push(part)
    else if (out.length > 0) out.pop()
  }
  const joined = '/'.repeat(initial) + out.join('/')
  return joined === '' ? '.' : joined
}

function join(parts: string[]): string {
  let path = parts[0]!
  for (const b of parts.slice(1)) {
    if (b.startsWith('/')) path = b
    else if (path === '' || path.endsWith('/')) path += b
    else path += '/' + b
  }
  return path
}

function split(p: string): [string, string] {
  const i = p.lastIndexOf('/') + 1
  let head = p.slice(0, i)
  const tail = p.slice(i)
  if (head && head !== '/'.repeat(head.length)) head = head.replace(/\/+$/, '')
  return [head, tail]
}

function splitext(p: string): [string, string] {
  const slash = p.lastIndexOf('/')
  const dot = p.lastIndexOf('.')
  if (dot <= slash + 1) return [p, '']
  const base = p.slice(slash + 1, dot)
  if (/^\.*$/.test(base)) return [p, '']
  return [p.slice(0, dot), p.slice(dot)]
}

/** Fills `os.path` (posixpath) for an interpreter whose files are the project's. */
export function makeOsPathModule(m: PyModule, interp: Interpreter): void {
  const exists = (p: string) => {
    const rel = normpath(p.startsWith('/') ? p.slice(CWD.length + 1) : p)
    const src = interp.options.sources
    return src?.read(rel) !== undefined || src?.read(rel + '/__init__.py') !== undefined
  }
  const abspath = (p: string) => normpath(p.startsWith('/') ? p : join([CWD, p]))
  m.set('sep', '/')
  m.set(
    'join',
    nativeFunction('join', '(a, /, *p)', ([a, p]) =>
      join([asPath(a, 'join()'), ...(p as PyTuple).items.map((x) => asPath(x, 'join()'))]),
    ),
  )
  m.set(
    'dirname',
    nativeFunction('dirname', '(p, /)', ([p]) => split(asPath(p, 'dirname()'))[0]),
  )
  m.set(
    'basename',
    nativeFunction('basename', '(p, /)', ([p]) => split(asPath(p, 'basename()'))[1]),
  )
  m.set(
    'split',
    nativeFunction('split', '(p, /)', ([p]) => newTuple(split(asPath(p, 'split()')))),
  )
  m.set(
    'splitext',
    nativeFunction('splitext', '(p, /)', ([p]) => newTuple(splitext(asPath(p, 'splitext()')))),
  )
  m.set(
    'normpath',
    nativeFunction('normpath', '(path, /)', ([p]) => normpath(asPath(p, 'normpath()'))),
  )
  m.set(
    'abspath',
    nativeFunction('abspath', '(path, /)', ([p]) => abspath(asPath(p, 'abspath()'))),
  )
  m.set(
    'realpath',
    nativeFunction('realpath', '(path, /, *, strict=False)', ([p]) => abspath(asPath(p, 'realpath()'))),
  )
  m.set(
    'isabs',
    nativeFunction('isabs', '(s, /)', ([p]) => asPath(p, 'isabs()').startsWith('/')),
  )
  m.set(
    'exists',
    nativeFunction('exists', '(path, /)', ([p]) => exists(asPath(p, 'exists()'))),
  )
  m.set(
    'isfile',
    nativeFunction(
      'isfile',
      '(path, /)',
      ([p]) => interp.options.sources?.read(asPath(p, 'isfile()')) !== undefined,
    ),
  )
  m.set(
    'isdir',
    nativeFunction(
      'isdir',
      '(s, /)',
      ([p]) =>
        exists(asPath(p, 'isdir()')) && interp.options.sources?.read(asPath(p, 'isdir()')) === undefined,
    ),
  )
}

/** Fills `os`: environ, getenv, getcwd, sep, linesep and the `path` submodule. */
export function makeOsModule(m: PyModule, interp: Interpreter): void {
  const environ = newDict([['DJANGO_SETTINGS_MODULE', 'mysite.settings']])
  m.set('environ', environ)
  m.set('name', 'posix')
  m.set('sep', '/')
  m.set('linesep', '\n')
  m.set('curdir', '.')
  m.set('pardir', '..')
  m.set(
    'getcwd',
    nativeFunction('getcwd', '()', () => CWD),
  )
  m.set(
    'getenv',
    nativeFunction('getenv', '(key, default=None)', ([k, d]) => environ.get(k) ?? d),
  )
  m.set(
    'listdir',
    nativeFunction('listdir', '(path=None)', () => newList([])),
  )
  m.set('path', interp.importModule('os.path'))
  void KeyError
}
