from dataclasses import dataclass
from collections import namedtuple
from enum import Enum

class Color(Enum):
    RED = 1
    GREEN = 2

@dataclass
class Point:
    x: int
    y: int

Pair = namedtuple('Pair', 'a b')

def f(v):
    match v:
        case []:
            return 'empty'
        case [1, *rest]:
            return f'starts 1 rest={rest}'
        case [*init, 9]:
            return f'ends 9 init={init}'
        case (a, b, *_, c):
            return f'long {a} {b} {c}'
        case {'type': 'user', 'name': str(name), **extra}:
            return f'user {name} {extra}'
        case {'x': 0 | 1 as small}:
            return f'small {small}'
        case Point(x=0, y=yy):
            return f'on y axis {yy}'
        case Point(xx, 0):
            return f'on x axis {xx}'
        case Pair(a, b) if a == b:
            return 'equal pair'
        case Color.RED:
            return 'red'
        case Color():
            return 'some color'
        case -1 | -2.5 | 1+2j:
            return 'negative or complex'
        case True:
            return 'true'
        case None:
            return 'none'
        case 'a' 'b':
            return 'ab'
        case float(x) | int(x):
            return f'number {x}'
        case str() as s if len(s) > 3:
            return f'long str {s}'
        case [[x, y], [z]]:
            return f'nested {x}{y}{z}'
        case _:
            return f'other {v!r}'

for v in [[], [1, 2, 3], [5, 9], (1, 2, 3, 4), {'type': 'user', 'name': 'bo', 'age': 3}, {'type': 'user', 'name': 3},
          {'x': 1}, {'x': 5}, Point(0, 3), Point(4, 0), Point(1, 1), Pair(2, 2), Pair(1, 2), Color.RED, Color.GREEN,
          -1, -2.5, 1+2j, True, None, 'ab', 2.5, 7, 'hello', 'hi', [[1, 2], [3]], 'abc', range(2), b'xy', {1, 2}]:
    print(f(v))

match = 3
print(match)
def match_(x): return x
match = [1]
match[0] = 2
print(match)
class M:
    match = 1
print(M.match)
x = 5
match x:
    case 1: print('one')
    case other: print('other', other)
print(other)
def g(cmd):
    match cmd.split():
        case [action]:
            return action
        case [action, obj]:
            return action + ':' + obj
        case ['go', ('north' | 'south') as d, *_]:
            return 'go ' + d
    return 'nothing'
print(g('look'), g('take key'), g('go north fast'), g('a b c d'))
match 1, 2:
    case (1, y):
        print('tuple subject', y)
match {'a': 1}:
    case {}:
        print('any mapping')
from collections import OrderedDict, defaultdict
match defaultdict(int):
    case {'missing': _}:
        print('bad')
    case dict():
        print('defaultdict is a dict')
match 'abc':
    case [*_]:
        print('str is not a sequence')
    case _:
        print('str not matched as sequence')
def h():
    match 10:
        case n if n > 5:
            y = n
    return y
print(h())
for bad in [3, 'x']:
    try:
        match bad:
            case Point(1, 2, 3):
                pass
    except TypeError as e:
        print(e)
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print(e)
try:
    match 1:
        case int(1, 2):
            pass
except TypeError as e:
    print(e)
match 1:
    case bool():
        print('bool')
    case int(1):
        print('int 1')
