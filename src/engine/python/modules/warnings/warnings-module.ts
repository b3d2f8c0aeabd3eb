import { pythonSourceModule } from '../python-source-module'
import type { NativeModule } from '../registry'

/** `warnings`, written in Python: Warning control: warn, filters and catch_warnings (Migration Playground). */
export const warningsModule: NativeModule = pythonSourceModule(
  'warnings',
  String.raw`"""Warning control: warn, filters and catch_warnings (Migration Playground)."""

import sys

filters = []
_default_action = 'default'
_seen = set()


class WarningMessage:
    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source

    def __str__(self):
        return ('{message : %r, category : %r, filename : %r, lineno : %s, line : %r}'
                % (self.message, self.category.__name__, self.filename, self.lineno, self.line))


_recording = []


def _action_for(category, text):
    for action, message, cat, module, lineno in filters:
        if issubclass(category, cat) and (not message or text.lower().startswith(message.lower())):
            return action
    if issubclass(category, (DeprecationWarning, PendingDeprecationWarning, ImportWarning, ResourceWarning)):
        return 'ignore'
    return _default_action


def formatwarning(message, category, filename, lineno, line=None):
    return '%s:%s: %s: %s\n' % (filename, lineno, category.__name__, message)


def warn(message, category=None, stacklevel=1, source=None):
    """Issues a warning: recorded by catch_warnings(record=True), else printed to stderr once per text."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    text = str(message)
    action = _action_for(category, text)
    if action == 'ignore':
        return
    if action == 'error':
        raise message if isinstance(message, Warning) else category(message)
    if _recording:
        _recording[-1].append(WarningMessage(message if isinstance(message, Warning) else category(message),
                                             category, sys.argv[0] if sys.argv else '<string>', 1))
        return
    key = (text, category)
    if action in ('default', 'once', 'module') and key in _seen:
        return
    _seen.add(key)
    sys.stderr.write('%s: %s\n' % (category.__name__, text))


def warn_explicit(message, category, filename, lineno, module=None, registry=None, module_globals=None,
                  source=None):
    warn(message, category)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Inserts a filter that matches every message of the category."""
    entry = (action, '', category, '', lineno)
    if append:
        filters.append(entry)
    else:
        filters.insert(0, entry)


def filterwarnings(action, message='', category=Warning, module='', lineno=0, append=False):
    """Inserts a filter matching messages that start with ${'`'}message${'`'}."""
    entry = (action, message, category, module, lineno)
    if append:
        filters.append(entry)
    else:
        filters.insert(0, entry)


def resetwarnings():
    filters[:] = []


class catch_warnings:
    """Saves and restores the warning filters; with record=True collects warnings in a list."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._action = action
        self._category = category

    def __enter__(self):
        self._saved = list(filters)
        if self._action is not None:
            simplefilter(self._action, self._category)
        if self._record:
            log = []
            _recording.append(log)
            return log
        return None

    def __exit__(self, *exc_info):
        filters[:] = self._saved
        if self._record:
            _recording.pop()
`,
)
