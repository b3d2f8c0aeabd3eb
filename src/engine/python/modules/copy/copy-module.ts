import { pythonSourceModule } from '../python-source-module'
import type { NativeModule } from '../registry'

/** `copy`, written in Python: Shallow and deep copy operations (Migration Playground). */
export const copyModule: NativeModule = pythonSourceModule(
  'copy',
  String.raw`"""Shallow and deep copy operations (Migration Playground)."""

__all__ = ['Error', 'copy', 'deepcopy']


class Error(Exception):
    pass


error = Error

_ATOMIC = (type(None), int, float, bool, str, bytes, type, range, type(len),
           type(lambda: 0), type(Ellipsis), type(NotImplemented), property)


def _reconstruct(x, deep, memo):
    cls = type(x)
    reducer = getattr(x, '__reduce_ex__', None)
    if reducer is not None and cls.__module__ != 'builtins':
        try:
            rv = reducer(4)
        except Exception:
            rv = None
        if isinstance(rv, tuple) and len(rv) >= 2 and callable(rv[0]) and rv[0] is not object and \
                getattr(rv[0], '__name__', '') not in ('__newobj__', '_reconstructor', '__reduce_ex__'):
            func, args = rv[0], rv[1]
            if deep:
                args = deepcopy(args, memo)
            y = func(*args)
            if deep:
                memo[id(x)] = y
            return y
    try:
        y = cls.__new__(cls)
    except TypeError:
        y = object.__new__(cls)
    if deep:
        memo[id(x)] = y
    try:
        state = vars(x)
    except TypeError:
        state = {}
    getstate = getattr(x, '__getstate__', None)
    if getstate is not None and type(x).__dict__.get('__getstate__') is not None:
        state = getstate()
    if deep:
        state = deepcopy(state, memo)
    setstate = getattr(y, '__setstate__', None)
    if setstate is not None and type(y).__dict__.get('__setstate__') is not None:
        setstate(state)
    elif state:
        for key, value in state.items():
            object.__setattr__(y, key, value)
    return y


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _ATOMIC or issubclass(cls, type):
        return x
    if cls is list:
        return x[:]
    if cls is dict:
        return x.copy()
    if cls is set:
        return x.copy()
    if cls in (tuple, frozenset):
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    if isinstance(x, BaseException):
        y = cls(*x.args)
        return y
    return _reconstruct(x, False, None)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    key = id(x)
    y = memo.get(key, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _ATOMIC or issubclass(cls, type):
        return x
    if cls is list:
        y = []
        memo[key] = y
        for item in x:
            y.append(deepcopy(item, memo))
    elif cls is dict:
        y = {}
        memo[key] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is tuple:
        items = [deepcopy(item, memo) for item in x]
        if key in memo:
            return memo[key]
        y = x if all(a is b for a, b in zip(items, x)) else tuple(items)
    elif cls is set:
        y = {deepcopy(item, memo) for item in x}
    elif cls is frozenset:
        y = frozenset(deepcopy(item, memo) for item in x)
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None and not isinstance(x, type):
            y = copier(memo)
        else:
            y = _reconstruct(x, True, memo)
    if y is not x:
        memo[key] = y
        memo.setdefault(id(memo), []).append(x)
    return y
`,
)
