from typing import Optional, List, Dict, Union, Any, TYPE_CHECKING, cast, TypeVar, ClassVar, Tuple, Callable
print(Optional[int], List[str], Dict[str, int], Union[int, str], Union[int, None], Any, TYPE_CHECKING, cast(int, 'x'), TypeVar('T'), Tuple[int, ...], Callable[[int], str])
from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
class Sq(Shape):
    def area(self): return 1
    def perimeter(self): return 4
try:
    Shape()
except TypeError as e:
    print(e)
print(Sq().area())
import io
buf = io.StringIO()
buf.write('hello\n'); print('world', file=buf)
print(repr(buf.getvalue()), list(io.StringIO('a\nb\nc')), io.StringIO('xyz').read(2))
import calendar, secrets
print(calendar.monthrange(2024, 2), calendar.isleap(2100), calendar.month_name[3], calendar.day_abbr[0], calendar.timegm((2024, 1, 1, 0, 0, 0)))
print(len(secrets.token_hex(16)), len(secrets.token_urlsafe(16)), 0 <= secrets.randbelow(10) < 10)
import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    warnings.warn('careful', DeprecationWarning)
print(len(caught), caught[0].category.__name__, str(caught[0].message))
