import { pythonSourceModule } from '../python-source-module'
import type { NativeModule } from '../registry'

/** `logging`, written in Python: Logging: loggers, handlers, formatters and basicConfig, with CPython's defaults (Migration Playground). */
export const loggingModule: NativeModule = pythonSourceModule(
  'logging',
  String.raw`"""Logging: loggers, handlers, formatters and basicConfig, with CPython's defaults (Migration Playground)."""

import sys

CRITICAL = FATAL = 50
ERROR = 40
WARNING = WARN = 30
INFO = 20
DEBUG = 10
NOTSET = 0

_level_names = {CRITICAL: 'CRITICAL', ERROR: 'ERROR', WARNING: 'WARNING', INFO: 'INFO', DEBUG: 'DEBUG',
                NOTSET: 'NOTSET', 'CRITICAL': CRITICAL, 'FATAL': FATAL, 'ERROR': ERROR, 'WARN': WARNING,
                'WARNING': WARNING, 'INFO': INFO, 'DEBUG': DEBUG, 'NOTSET': NOTSET}

BASIC_FORMAT = '%(levelname)s:%(name)s:%(message)s'
raiseExceptions = True


def getLevelName(level):
    """The name of a level number, or the number of a level name."""
    return _level_names.get(level, 'Level %s' % level)


def addLevelName(level, levelName):
    _level_names[level] = levelName
    _level_names[levelName] = level


def _check_level(level):
    if isinstance(level, int):
        return level
    if str(level) == level:
        if level not in _level_names:
            raise ValueError('Unknown level: %r' % level)
        return _level_names[level]
    raise TypeError('Level not an integer or a valid string: %r' % (level,))


class LogRecord:
    """One logging event."""

    def __init__(self, name, level, pathname, lineno, msg, args, exc_info, func=None, sinfo=None):
        self.name = name
        self.msg = msg
        if args and len(args) == 1 and isinstance(args[0], dict) and args[0]:
            args = args[0]
        self.args = args
        self.levelname = getLevelName(level)
        self.levelno = level
        self.pathname = pathname
        self.filename = pathname
        self.module = 'module'
        self.exc_info = exc_info
        self.exc_text = None
        self.stack_info = sinfo
        self.lineno = lineno
        self.funcName = func
        import time
        self.created = time.time()
        self.msecs = (self.created - int(self.created)) * 1000
        self.relativeCreated = 0
        self.thread = 0
        self.threadName = 'MainThread'
        self.processName = 'MainProcess'
        self.process = 0

    def getMessage(self):
        msg = str(self.msg)
        if self.args:
            msg = msg % self.args
        return msg

    def __repr__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (self.name, self.levelno, self.pathname, self.lineno, self.msg)


class Formatter:
    """Turns a LogRecord into text with a %-style format."""

    default_time_format = '%Y-%m-%d %H:%M:%S'
    default_msec_format = '%s,%03d'

    def __init__(self, fmt=None, datefmt=None, style='%', validate=True, *, defaults=None):
        self._fmt = fmt or '%(message)s'
        self.datefmt = datefmt
        self._style = style

    def formatTime(self, record, datefmt=None):
        import time
        ct = time.localtime(record.created)
        if datefmt:
            return time.strftime(datefmt, ct)
        return self.default_msec_format % (time.strftime(self.default_time_format, ct), record.msecs)

    def formatException(self, ei):
        import traceback
        return ''.join(traceback.format_exception(*ei)).rstrip('\n')

    def usesTime(self):
        return '%(asctime)' in self._fmt or '{asctime' in self._fmt

    def formatMessage(self, record):
        values = dict(vars(record))
        if self._style == '{':
            return self._fmt.format(**values)
        return self._fmt % values

    def format(self, record):
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        text = self.formatMessage(record)
        if record.exc_info:
            if not record.exc_text:
                record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            if text[-1:] != '\n':
                text = text + '\n'
            text = text + record.exc_text
        return text


_default_formatter = Formatter()


class Filterer:
    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        if filter not in self.filters:
            self.filters.append(filter)

    def removeFilter(self, filter):
        if filter in self.filters:
            self.filters.remove(filter)

    def filter(self, record):
        for f in self.filters:
            result = f.filter(record) if hasattr(f, 'filter') else f(record)
            if not result:
                return False
        return True


class Filter:
    def __init__(self, name=''):
        self.name = name

    def filter(self, record):
        return not self.name or record.name == self.name or record.name.startswith(self.name + '.')


class Handler(Filterer):
    """Dispatches records to a destination."""

    def __init__(self, level=NOTSET):
        super().__init__()
        self.level = _check_level(level)
        self.formatter = None
        self.name = None

    def setLevel(self, level):
        self.level = _check_level(level)

    def setFormatter(self, fmt):
        self.formatter = fmt

    def format(self, record):
        return (self.formatter or _default_formatter).format(record)

    def handle(self, record):
        if self.filter(record):
            self.emit(record)
        return True

    def emit(self, record):
        raise NotImplementedError('emit must be implemented by Handler subclasses')

    def flush(self):
        pass

    def close(self):
        pass


class StreamHandler(Handler):
    """Writes formatted records to a stream (default: sys.stderr)."""

    terminator = '\n'

    def __init__(self, stream=None):
        super().__init__()
        self._stream = stream

    @property
    def stream(self):
        return sys.stderr if self._stream is None else self._stream

    def emit(self, record):
        self.stream.write(self.format(record) + self.terminator)


class NullHandler(Handler):
    def handle(self, record):
        pass

    def emit(self, record):
        pass


class _LastResort(StreamHandler):
    def __init__(self):
        super().__init__()
        self.level = WARNING


lastResort = _LastResort()


class Logger(Filterer):
    """A named channel for log records."""

    def __init__(self, name, level=NOTSET):
        super().__init__()
        self.name = name
        self.level = _check_level(level)
        self.parent = None
        self.propagate = True
        self.handlers = []
        self.disabled = False

    def setLevel(self, level):
        self.level = _check_level(level)

    def getEffectiveLevel(self):
        logger = self
        while logger:
            if logger.level:
                return logger.level
            logger = logger.parent
        return NOTSET

    def isEnabledFor(self, level):
        return not self.disabled and level >= self.getEffectiveLevel()

    def addHandler(self, hdlr):
        if hdlr not in self.handlers:
            self.handlers.append(hdlr)

    def removeHandler(self, hdlr):
        if hdlr in self.handlers:
            self.handlers.remove(hdlr)

    def hasHandlers(self):
        logger = self
        while logger:
            if logger.handlers:
                return True
            if not logger.propagate:
                return False
            logger = logger.parent
        return False

    def getChild(self, suffix):
        return getLogger(suffix if self is root else '%s.%s' % (self.name, suffix))

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False, stacklevel=1):
        if exc_info and not isinstance(exc_info, tuple):
            exc_info = sys.exc_info() if not isinstance(exc_info, BaseException) else (
                type(exc_info), exc_info, exc_info.__traceback__)
        record = LogRecord(self.name, level, '', 0, msg, args, exc_info)
        for key, value in (extra or {}).items():
            setattr(record, key, value)
        self.handle(record)

    def handle(self, record):
        if self.disabled or not self.filter(record):
            return
        found = 0
        logger = self
        while logger:
            for handler in logger.handlers:
                found += 1
                if record.levelno >= handler.level:
                    handler.handle(record)
            if not logger.propagate:
                break
            logger = logger.parent
        if not found and record.levelno >= lastResort.level:
            lastResort.handle(record)

    def log(self, level, msg, *args, **kwargs):
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)

    def debug(self, msg, *args, **kwargs):
        if self.isEnabledFor(DEBUG):
            self._log(DEBUG, msg, args, **kwargs)

    def info(self, msg, *args, **kwargs):
        if self.isEnabledFor(INFO):
            self._log(INFO, msg, args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        if self.isEnabledFor(WARNING):
            self._log(WARNING, msg, args, **kwargs)

    warn = warning

    def error(self, msg, *args, **kwargs):
        if self.isEnabledFor(ERROR):
            self._log(ERROR, msg, args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.error(msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        if self.isEnabledFor(CRITICAL):
            self._log(CRITICAL, msg, args, **kwargs)

    fatal = critical

    def __repr__(self):
        return '<%s %s (%s)>' % (self.__class__.__name__, self.name, getLevelName(self.getEffectiveLevel()))


class RootLogger(Logger):
    def __init__(self, level):
        super().__init__('root', level)

    def __repr__(self):
        return '<RootLogger root (%s)>' % getLevelName(self.getEffectiveLevel())


root = RootLogger(WARNING)
_loggers = {}


def getLogger(name=None):
    """The logger with this dotted name (the root logger for None)."""
    if not name or name == 'root':
        return root
    logger = _loggers.get(name)
    if logger is None:
        logger = Logger(name)
        _loggers[name] = logger
        parent_name = name.rpartition('.')[0]
        logger.parent = getLogger(parent_name) if parent_name else root
        for other_name, other in _loggers.items():
            if other_name.startswith(name + '.') and other.parent is logger.parent:
                other.parent = logger
    return logger


def basicConfig(**kwargs):
    """Adds a StreamHandler with a formatter to the root logger (once, unless force=True)."""
    if kwargs.pop('force', False):
        root.handlers[:] = []
    if root.handlers:
        return
    handler = StreamHandler(kwargs.pop('stream', None))
    handler.setFormatter(Formatter(kwargs.pop('format', BASIC_FORMAT), kwargs.pop('datefmt', None),
                                   kwargs.pop('style', '%')))
    root.addHandler(handler)
    level = kwargs.pop('level', None)
    if level is not None:
        root.setLevel(level)


def _root_call(method):
    def call(msg, *args, **kwargs):
        if not root.handlers:
            basicConfig()
        getattr(root, method)(msg, *args, **kwargs)

    call.__name__ = method
    return call


debug = _root_call('debug')
info = _root_call('info')
warning = _root_call('warning')
warn = warning
error = _root_call('error')
exception = _root_call('exception')
critical = _root_call('critical')
fatal = critical


def log(level, msg, *args, **kwargs):
    if not root.handlers:
        basicConfig()
    root.log(level, msg, *args, **kwargs)


def disable(level=CRITICAL):
    root.manager_disable = level


def captureWarnings(capture):
    pass


def shutdown():
    pass
`,
)
