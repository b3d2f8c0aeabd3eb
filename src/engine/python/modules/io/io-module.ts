import { pythonSourceModule } from '../python-source-module'
import type { NativeModule } from '../registry'

/** `io`, written in Python: In-memory text and binary streams: StringIO, BytesIO (Migration Playground). */
export const ioModule: NativeModule = pythonSourceModule(
  'io',
  String.raw`"""In-memory text and binary streams: StringIO, BytesIO (Migration Playground)."""

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


class UnsupportedOperation(OSError, ValueError):
    pass


class _Stream:
    def __init__(self, initial, newline='\n'):
        self._buffer = initial
        self._pos = 0
        self.closed = False

    def _check(self):
        if self.closed:
            raise ValueError('I/O operation on closed file.')

    def getvalue(self):
        self._check()
        return self._buffer

    def write(self, s):
        self._check()
        if not isinstance(s, type(self._empty)):
            raise TypeError('%s argument expected, got %r' % (self._kind, type(s).__name__))
        end = self._pos + len(s)
        self._buffer = self._buffer[:self._pos] + s + self._buffer[end:]
        self._pos = end
        return len(s)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def read(self, size=-1):
        self._check()
        if size is None or size < 0:
            data = self._buffer[self._pos:]
        else:
            data = self._buffer[self._pos:self._pos + size]
        self._pos += len(data)
        return data

    def readline(self, size=-1):
        self._check()
        newline = self._newline
        end = self._buffer.find(newline, self._pos)
        end = len(self._buffer) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        data = self._buffer[self._pos:end]
        self._pos = end
        return data

    def readlines(self, hint=-1):
        return list(self)

    def seek(self, pos, whence=0):
        self._check()
        if whence == 0:
            self._pos = pos
        elif whence == 1:
            self._pos += pos
        else:
            self._pos = len(self._buffer) + pos
        return self._pos

    def tell(self):
        self._check()
        return self._pos

    def truncate(self, size=None):
        size = self._pos if size is None else size
        self._buffer = self._buffer[:size]
        return size

    def close(self):
        self.closed = True

    def flush(self):
        pass

    def readable(self):
        return True

    def writable(self):
        return True

    def seekable(self):
        return True

    def isatty(self):
        return False

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *args):
        self.close()


class StringIO(_Stream):
    """Text I/O implementation using an in-memory buffer."""

    _empty = ''
    _kind = 'string'
    _newline = '\n'

    def __init__(self, initial_value='', newline='\n'):
        if initial_value is None:
            initial_value = ''
        if not isinstance(initial_value, str):
            raise TypeError('initial_value must be str or None, not %s' % type(initial_value).__name__)
        super().__init__(initial_value)


class BytesIO(_Stream):
    """Buffered I/O implementation using an in-memory bytes buffer."""

    _empty = b''
    _kind = 'bytes-like object'
    _newline = b'\n'

    def __init__(self, initial_bytes=b''):
        super().__init__(bytes(initial_bytes))


TextIOWrapper = StringIO
`,
)
