import { describe, expect, it } from 'vitest'
import {
  callKw,
  exceptions,
  formatTraceback,
  getattr,
  Interpreter,
  isinstance,
  nativeClass,
  nativeFunction,
  newClass,
  newExceptionClass,
  newList,
  None,
  PyDict,
  PyModule,
  PythonError,
  PyTuple,
  PyType,
  pyError,
  repr,
  str,
  toJs,
  toPy,
  types,
  type PyValue,
} from '../../../src/engine/python/index'

/** Runs `source` as __main__ (throws PythonError on a Python error). */
function run(interp: Interpreter, source: string, filename = 'script.py'): void {
  try {
    interp.runMain(source, filename)
  } catch (e) {
    throw new PythonError(interp.toException(e))
  }
}

function collecting(files: Record<string, string> = {}): { interp: Interpreter; output: () => string } {
  let out = ''
  const interp = new Interpreter({ stdout: (t) => (out += t), sources: { read: (p) => files[p] } })
  return { interp, output: () => out }
}

describe('native modules', () => {
  it('imports dotted native modules with from-imports of sibling submodules', () => {
    const { interp, output } = collecting()
    interp.registerModule('django.db.models', (m) =>
      m.set(
        'CharField',
        nativeFunction('CharField', '(max_length=None)', ([n]) => n),
      ),
    )
    interp.registerModule('django.db.migrations', (m) => m.set('Migration', 'migration'))
    run(
      interp,
      'from django.db import models, migrations\nprint(models.CharField(max_length=5), migrations.Migration)\n',
    )
    expect(output()).toBe('5 migration\n')
  })

  it('gives a native metaclass the class name, bases and body namespace in definition order', () => {
    const { interp, output } = collecting()
    const seen: string[] = []
    interp.registerModule('orm', (m) => {
      const ModelBase = nativeClass({
        name: 'ModelBase',
        module: 'orm',
        bases: [types.typeType],
        methods: {
          __new__: [
            '(mcs, name, bases, attrs, **kwargs)',
            ([mcs, name, bases, attrs]) => {
              const ns = attrs as PyDict
              seen.push(`${String(name)}: ${[...ns.keys()].join(',')}`)
              return newClass(mcs as PyType, name as string, (bases as PyTuple).items as PyType[], ns)
            },
          ],
        },
      })
      m.set('ModelBase', ModelBase)
      m.set('Model', newClass(ModelBase, 'Model', [types.objectType], new PyDict(types.dictType)))
    })
    run(
      interp,
      [
        'import orm',
        'class Book(orm.Model):',
        '    title = 1',
        '    author = 2',
        '    class Meta:',
        '        ordering = ["title"]',
        '    def __str__(self):',
        '        return "book"',
        'print(type(Book).__name__, Book.Meta.ordering, str(Book()))',
      ].join('\n'),
    )
    expect(seen).toEqual(['Book: __module__,__qualname__,title,author,Meta,__str__'])
    expect(output()).toBe("ModelBase ['title'] book\n")
  })

  it('lets Python code subclass native classes and call super() into native methods', () => {
    const { interp, output } = collecting()
    interp.registerModule('base', (m) => {
      m.set(
        'Field',
        nativeClass({
          name: 'Field',
          module: 'base',
          methods: {
            __init__: [
              '(self, verbose_name=None)',
              ([self, v]) => (getattr(self, '__dict__').set('verbose_name', v), None),
            ],
            describe: ['(self)', ([self]) => `field ${str(getattr(self, 'verbose_name'))}`],
          },
        }),
      )
    })
    run(
      interp,
      'from base import Field\nclass Upper(Field):\n    def describe(self):\n        return super().describe().upper()\nprint(Upper("x").describe(), isinstance(Upper(), Field))\n',
    )
    expect(output()).toBe('FIELD X True\n')
  })

  it('raises custom exception classes from TypeScript and reports their module in tracebacks', () => {
    const { interp } = collecting()
    interp.registerModule('django.core.exceptions', (m) => {
      const FieldDoesNotExist = newExceptionClass('FieldDoesNotExist', [exceptions.Exception], m.name)
      m.set('FieldDoesNotExist', FieldDoesNotExist)
      m.set(
        'get_field',
        nativeFunction('get_field', '(name)', ([n]) => {
          throw pyError(FieldDoesNotExist, `Book has no field named '${str(n)}'`)
        }),
      )
    })
    let error: unknown
    try {
      run(interp, 'from django.core.exceptions import get_field\nget_field("titel")\n')
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(PythonError)
    expect(formatTraceback(error as PythonError)).toBe(
      [
        'Traceback (most recent call last):',
        '  File "script.py", line 2, in <module>',
        '    get_field("titel")',
        "django.core.exceptions.FieldDoesNotExist: Book has no field named 'titel'",
        '',
      ].join('\n'),
    )
  })

  it('reports CPython arity errors for native functions', () => {
    const { interp } = collecting()
    interp.registerModule('m', (m) =>
      m.set(
        'f',
        nativeFunction('f', '(a, b, *, c=1)', () => None),
      ),
    )
    expect(() => run(interp, 'import m\nm.f(1)\n')).toThrow(
      "TypeError: f() missing 1 required positional argument: 'b'",
    )
    expect(() => run(interp, 'import m\nm.f(1, 2, 3)\n')).toThrow(
      'TypeError: f() takes 2 positional arguments but 3 were given',
    )
    expect(() => run(interp, 'import m\nm.f(1, 2, d=3)\n')).toThrow(
      "TypeError: f() got an unexpected keyword argument 'd'",
    )
  })
})

describe('user modules from the project files', () => {
  it('imports packages, modules and relative imports with project-relative filenames', () => {
    const { interp, output } = collecting({
      'library/__init__.py': '',
      'library/models.py': 'class Book:\n    pass\nprint(__name__, __file__)\n',
      'library/views.py':
        'from .models import Book\nfrom . import models\nprint(Book.__module__, models.__name__)\n',
    })
    run(interp, 'import library.views\n')
    expect(output()).toBe('library.models library/models.py\nlibrary.models library.models\n')
  })

  it('shows project-relative filenames in tracebacks of imported modules', () => {
    const { interp } = collecting({ 'library/__init__.py': '', 'library/models.py': 'x = 1\ny = x / 0\n' })
    let error: unknown
    try {
      run(interp, 'from library import models\n', 'manage.py')
    } catch (e) {
      error = e
    }
    expect(formatTraceback(error as PythonError)).toBe(
      [
        'Traceback (most recent call last):',
        '  File "manage.py", line 1, in <module>',
        '    from library import models',
        '  File "library/models.py", line 2, in <module>',
        '    y = x / 0',
        '        ~~^~~',
        'ZeroDivisionError: division by zero',
        '',
      ].join('\n'),
    )
  })
})

describe('values and calls from TypeScript', () => {
  it('converts values, calls Python callables with keywords and evaluates expressions in a namespace', () => {
    const { interp } = collecting()
    const main = interp.runMain('def greet(name, punct="!"):\n    return "hi " + name + punct\n', 'main.py')
    const greet = main.get('greet')
    expect(callKw(greet, ['ann'], { punct: '?' })).toBe('hi ann?')
    expect(
      interp.eval(
        'greet("bob") + str(len(items))',
        (() => {
          main.dict.set('items', toPy([1, 2, 3]))
          return main.dict
        })(),
      ),
    ).toBe('hi bob!3')
    expect(toJs(interp.eval('[1, 2.5, None, {"a": (1,)}]', main.dict))).toEqual([
      1,
      2.5,
      null,
      new Map([['a', [1]]]),
    ])
    expect(repr(newList([1, 'a', None]))).toBe("[1, 'a', None]")
    expect(isinstance(interp.eval('True', main.dict), types.intType)).toBe(true)
  })

  it('exposes module attributes through PyModule', () => {
    const { interp } = collecting()
    const m = interp.runMain('answer = 6 * 7\n', 'main.py')
    expect(m).toBeInstanceOf(PyModule)
    expect(m.get('answer') as PyValue).toBe(42)
  })
})

describe('limits', () => {
  it('ends an endless loop with TimeoutError after the step budget and stays usable', () => {
    const interp = new Interpreter({ stepBudget: 100_000, interruptEvery: 1000 })
    expect(() => run(interp, 'while True:\n    pass\n')).toThrow('TimeoutError')
    interp.resetLimits()
    const m = interp.runMain('x = sum(range(10))\n', 'again.py')
    expect(m.get('x')).toBe(45)
  })

  it('raises KeyboardInterrupt when the host interrupts', () => {
    let polls = 0
    const interp = new Interpreter({ interrupt: () => ++polls > 3, interruptEvery: 100 })
    expect(() => run(interp, 'n = 0\nwhile True:\n    n += 1\n')).toThrow('KeyboardInterrupt')
  })

  it('raises RecursionError at the recursion limit', () => {
    const interp = new Interpreter({ recursionLimit: 50 })
    expect(() => run(interp, 'def f(n):\n    return f(n + 1)\nf(0)\n')).toThrow(
      'RecursionError: maximum recursion depth exceeded',
    )
    expect(interp.depth).toBe(0)
  })

  it('does not let except clauses catch the exhausted step budget', () => {
    const { interp, output } = collecting()
    interp.setLimits({ stepBudget: 10_000, interruptEvery: 100 })
    const source =
      'try:\n    while True:\n        pass\nexcept BaseException as e:\n    print("caught", type(e))\n'
    expect(() => run(interp, source)).toThrow('TimeoutError: program exceeded its step budget of 10000 steps')
    expect(output()).toBe('')
  })

  it('prints an uncaught KeyboardInterrupt as CPython does and keeps the module state', () => {
    let interrupted = true
    const interp = new Interpreter({ interrupt: () => interrupted, interruptEvery: 100 })
    const module = interp.runMain('done = []\n', 'shell.py')
    let error: PythonError | null = null
    try {
      interp.exec('while True:\n    done.append(1)\n', 'shell.py', module.dict)
    } catch (e) {
      error = new PythonError(interp.toException(e))
    }
    expect(formatTraceback(error!)).toBe(
      'Traceback (most recent call last):\n  File "shell.py", line 2, in <module>\n    done.append(1)\nKeyboardInterrupt\n',
    )
    interrupted = false
    interp.exec('done.clear()\ndone.append("again")\n', 'shell.py', module.dict)
    expect(toJs(module.get('done'))).toEqual(['again'])
  })

  it('lets Python code catch KeyboardInterrupt, as a script with a cleanup handler does', () => {
    let polls = 0
    const { interp, output } = collecting()
    interp.setLimits({ interrupt: () => ++polls === 2, interruptEvery: 100 })
    run(interp, 'try:\n    while True:\n        pass\nexcept KeyboardInterrupt:\n    print("stopped")\n')
    expect(output()).toBe('stopped\n')
  })

  it('bounds the code run after setLimits and counts the new budget from zero', () => {
    const interp = new Interpreter()
    run(interp, 'total = 0\nfor i in range(50_000):\n    total += i\n')
    interp.setLimits({ stepBudget: 20_000, interruptEvery: 1000 })
    run(interp, 'for i in range(10_000):\n    pass\n')
    expect(() => run(interp, 'while True:\n    pass\n')).toThrow('TimeoutError')
  })
})
