import { pythonSourceModule } from '../python-source-module'
import type { NativeModule } from '../registry'

/** `itertools`, written in Python: Iterator building blocks (Migration Playground). */
export const itertoolsModule: NativeModule = pythonSourceModule(
  'itertools',
  String.raw`"""Iterator building blocks (Migration Playground)."""


class count:
    """count(start=0, step=1) --> start, start+step, start+2*step, ..."""

    def __init__(self, start=0, step=1):
        for value in (start, step):
            if not isinstance(value, (int, float)) and not hasattr(value, '__add__'):
                raise TypeError('a number is required')
        self._next = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        value = self._next
        self._next = value + self._step
        return value

    def __repr__(self):
        if self._step == 1 and type(self._step) is int:
            return 'count(%r)' % (self._next,)
        return 'count(%r, %r)' % (self._next, self._step)


class cycle:
    """cycle(iterable) --> the items of iterable, then again forever."""

    def __init__(self, iterable):
        self._iterator = iter(iterable)
        self._saved = []
        self._index = 0
        self._exhausted = False

    def __iter__(self):
        return self

    def __next__(self):
        if not self._exhausted:
            for item in self._iterator:
                self._saved.append(item)
                return item
            self._exhausted = True
        if not self._saved:
            raise StopIteration
        item = self._saved[self._index]
        self._index = (self._index + 1) % len(self._saved)
        return item


class repeat:
    """repeat(object [,times]) --> object, again, for the given number of times or forever."""

    def __init__(self, object, times=None):
        self._object = object
        self._times = times
        self._left = None if times is None else max(times, 0)

    def __iter__(self):
        return self

    def __next__(self):
        if self._left is None:
            return self._object
        if self._left <= 0:
            raise StopIteration
        self._left -= 1
        return self._object

    def __length_hint__(self):
        if self._left is None:
            raise TypeError("len() of unsized object")
        return self._left

    def __repr__(self):
        if self._left is None:
            return 'repeat(%r)' % (self._object,)
        return 'repeat(%r, %d)' % (self._object, self._left)


def accumulate(iterable, func=None, *, initial=None):
    """Running totals (or running results of func)."""
    it = iter(iterable)
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    for element in it:
        total = total + element if func is None else func(total, element)
        yield total


class chain:
    """chain(*iterables) --> the items of each iterable in turn."""

    def __init__(self, *iterables):
        self._sources = iter(iterables)
        self._current = None

    @classmethod
    def from_iterable(cls, iterables):
        result = cls()
        result._sources = iter(iterables)
        return result

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            if self._current is None:
                self._current = iter(next(self._sources))
            for item in self._current:
                return item
            self._current = None


def compress(data, selectors):
    """Items of data whose corresponding selector is true."""
    return (d for d, s in zip(data, selectors) if s)


def dropwhile(predicate, iterable):
    """Drops items while the predicate is true, then yields every remaining item."""
    it = iter(iterable)
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x


def filterfalse(predicate, iterable):
    """Items for which the predicate is false."""
    if predicate is None:
        predicate = bool
    for x in iterable:
        if not predicate(x):
            yield x


class _Grouper:
    def __init__(self, parent, key):
        self._parent = parent
        self._key = key

    def __iter__(self):
        return self

    def __next__(self):
        parent = self._parent
        if parent._current_group is not self:
            raise StopIteration
        if parent._pending:
            parent._pending = False
            return parent._current_value
        try:
            value = next(parent._iterator)
        except StopIteration:
            parent._done = True
            parent._current_group = None
            raise
        key = value if parent._keyfunc is None else parent._keyfunc(value)
        if key != self._key:
            parent._current_value = value
            parent._current_key = key
            parent._pending = True
            parent._current_group = None
            raise StopIteration
        return value


class groupby:
    """groupby(iterable, key=None) --> (key, group) pairs for runs of equal keys."""

    def __init__(self, iterable, key=None):
        self._iterator = iter(iterable)
        self._keyfunc = key
        self._current_group = None
        self._pending = False
        self._done = False
        self._current_key = None
        self._current_value = None
        self._started = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        if self._started and self._current_group is not None:
            group = self._current_group
            for _ in group:
                pass
            if self._done:
                raise StopIteration
        if not self._pending:
            try:
                value = next(self._iterator)
            except StopIteration:
                self._done = True
                raise
            self._current_value = value
            self._current_key = value if self._keyfunc is None else self._keyfunc(value)
            self._pending = True
        self._started = True
        group = _Grouper(self, self._current_key)
        self._current_group = group
        return self._current_key, group


class islice:
    """islice(iterable, stop) or islice(iterable, start, stop[, step]) --> selected items."""

    def __init__(self, iterable, *args):
        s = slice(*args)
        start, stop, step = s.start or 0, s.stop, 1 if s.step is None else s.step
        if not (isinstance(start, int) and start >= 0):
            raise ValueError('Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
        if stop is not None and not (isinstance(stop, int) and stop >= 0):
            raise ValueError('Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
        if not (isinstance(step, int) and step >= 1):
            raise ValueError('Step for islice() must be a positive integer or None.')
        self._iterator = iter(iterable)
        self._next_index = start
        self._stop = stop
        self._step = step
        self._position = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._stop is not None and self._next_index >= self._stop:
            while self._position < self._stop:
                self._position += 1
                next(self._iterator)
            raise StopIteration
        while self._position < self._next_index:
            next(self._iterator)
            self._position += 1
        item = next(self._iterator)
        self._position += 1
        self._next_index += self._step
        return item


def pairwise(iterable):
    """Successive overlapping pairs taken from the input."""
    it = iter(iterable)
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield a, b
        a = b


def starmap(function, iterable):
    """function(*args) for each args tuple of the iterable."""
    for args in iterable:
        yield function(*args)


def takewhile(predicate, iterable):
    """Items while the predicate is true."""
    for x in iterable:
        if predicate(x):
            yield x
        else:
            break


def tee(iterable, n=2):
    """n independent iterators over one iterable."""
    if n < 0:
        raise ValueError('n must be >= 0')
    it = iter(iterable)
    buffers = [[] for _ in range(n)]

    def gen(mine):
        while True:
            if not mine:
                try:
                    value = next(it)
                except StopIteration:
                    return
                for buffer in buffers:
                    buffer.append(value)
            yield mine.pop(0)

    return tuple(gen(buffer) for buffer in buffers)


def zip_longest(*iterables, fillvalue=None):
    """Like zip, but runs until the longest iterable is exhausted, filling with fillvalue."""
    iterators = [iter(it) for it in iterables]
    active = len(iterators)
    if not active:
        return
    while True:
        values = []
        for i, it in enumerate(iterators):
            try:
                value = next(it)
            except StopIteration:
                active -= 1
                if not active:
                    return
                iterators[i] = repeat(fillvalue)
                value = fillvalue
            values.append(value)
        yield tuple(values)


def product(*iterables, repeat=1):
    """Cartesian product of the input iterables."""
    if repeat < 0:
        raise ValueError('repeat argument cannot be negative')
    pools = [tuple(pool) for pool in iterables] * repeat
    result = [[]]
    for pool in pools:
        result = [x + [y] for x in result for y in pool]
    for prod in result:
        yield tuple(prod)


def permutations(iterable, r=None):
    """Successive r-length permutations of the items, in lexicographic index order."""
    pool = tuple(iterable)
    n = len(pool)
    r = n if r is None else r
    if r < 0:
        raise ValueError('r must be non-negative')
    if r > n:
        return

    def build(prefix, remaining):
        if len(prefix) == r:
            yield tuple(pool[i] for i in prefix)
            return
        for i in remaining:
            yield from build(prefix + [i], [j for j in remaining if j != i])

    yield from build([], list(range(n)))


def combinations(iterable, r):
    """r-length subsequences of the items, in index order."""
    pool = tuple(iterable)
    n = len(pool)
    if r < 0:
        raise ValueError('r must be non-negative')
    if r > n:
        return

    def build(start, prefix):
        if len(prefix) == r:
            yield tuple(pool[i] for i in prefix)
            return
        for i in range(start, n):
            yield from build(i + 1, prefix + [i])

    yield from build(0, [])


def combinations_with_replacement(iterable, r):
    """r-length subsequences allowing repeated items, in index order."""
    pool = tuple(iterable)
    n = len(pool)
    if r < 0:
        raise ValueError('r must be non-negative')
    if not n and r:
        return

    def build(start, prefix):
        if len(prefix) == r:
            yield tuple(pool[i] for i in prefix)
            return
        for i in range(start, n):
            yield from build(i, prefix + [i])

    yield from build(0, [])
`,
)
