import { pythonSourceModule } from '../python-source-module'
import type { NativeModule } from '../registry'

/** `abc`, written in Python: Abstract Base Classes: ABC, ABCMeta, abstractmethod (Migration Playground). */
export const abcModule: NativeModule = pythonSourceModule(
  'abc',
  String.raw`"""Abstract Base Classes: ABC, ABCMeta, abstractmethod (Migration Playground)."""


def abstractmethod(funcobj):
    """Marks a method abstract: classes with unimplemented abstract methods cannot be instantiated."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractproperty(property):
    __isabstractmethod__ = True


def abstractclassmethod(callable):
    callable.__isabstractmethod__ = True
    return classmethod(callable)


def abstractstaticmethod(callable):
    callable.__isabstractmethod__ = True
    return staticmethod(callable)


def _is_abstract(value):
    if getattr(value, '__isabstractmethod__', False):
        return True
    func = getattr(value, '__func__', None) or getattr(value, 'fget', None)
    return func is not None and getattr(func, '__isabstractmethod__', False)


class ABCMeta(type):
    """Metaclass for defining Abstract Base Classes."""

    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        abstracts = {name for name, value in namespace.items() if _is_abstract(value)}
        for base in bases:
            for name in getattr(base, '__abstractmethods__', ()):
                value = getattr(cls, name, None)
                if _is_abstract(value):
                    abstracts.add(name)
        cls.__abstractmethods__ = frozenset(abstracts)
        cls._abc_registry = []
        return cls

    def __call__(cls, *args, **kwargs):
        abstracts = getattr(cls, '__abstractmethods__', ())
        if abstracts:
            names = sorted(abstracts)
            raise TypeError("Can't instantiate abstract class %s with abstract method%s %s" % (
                cls.__name__, 's' if len(names) > 1 else '', ', '.join(names)))
        return super().__call__(*args, **kwargs)

    def register(cls, subclass):
        """Registers a virtual subclass."""
        cls._abc_registry.append(subclass)
        return subclass


class ABC(metaclass=ABCMeta):
    """Helper class that has ABCMeta as its metaclass."""
    __slots__ = ()


def get_cache_token():
    return 0
`,
)
