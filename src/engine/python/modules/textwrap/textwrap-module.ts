import { pythonSourceModule } from '../python-source-module'
import type { NativeModule } from '../registry'

/** `textwrap`, written in Python: Text wrapping and filling: wrap, fill, shorten, dedent, indent (Migration Playground). */
export const textwrapModule: NativeModule = pythonSourceModule(
  'textwrap',
  String.raw`"""Text wrapping and filling: wrap, fill, shorten, dedent, indent (Migration Playground)."""

import re as _re

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_whitespace = '\t\n\x0b\x0c\r '


class TextWrapper:
    """Wraps paragraphs of text into lines of at most ${'`'}width${'`'} characters."""

    def __init__(self, width=70, initial_indent='', subsequent_indent='', expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True, drop_whitespace=True,
                 break_on_hyphens=True, tabsize=8, *, max_lines=None, placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            for ch in _whitespace:
                text = text.replace(ch, ' ')
        return text

    def _split(self, text):
        if self.break_on_hyphens:
            pieces = _re.split(r'(\s+|(?<=[A-Za-z]-)(?=[A-Za-z]))', text)
        else:
            pieces = _re.split(r'(\s+)', text)
        return [p for p in pieces if p]

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError('invalid width %r (must be > 0)' % self.width)
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError('placeholder too large for max width')
        chunks.reverse()
        while chunks:
            current = []
            current_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]
            while chunks:
                length = len(chunks[-1])
                if current_len + length <= width:
                    current.append(chunks.pop())
                    current_len += length
                else:
                    break
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, current, current_len, width)
                current_len = sum(map(len, current))
            if self.drop_whitespace and current and current[-1].strip() == '':
                current_len -= len(current[-1])
                del current[-1]
            if current:
                if (self.max_lines is None or len(lines) + 1 < self.max_lines or
                        (not chunks or self.drop_whitespace and len(chunks) == 1 and not chunks[0].strip())
                        and current_len <= width):
                    lines.append(indent + ''.join(current))
                else:
                    while current:
                        if current[-1].strip() and current_len + len(self.placeholder) <= width:
                            current.append(self.placeholder)
                            lines.append(indent + ''.join(current))
                            break
                        current_len -= len(current[-1])
                        del current[-1]
                    else:
                        if lines:
                            prev_line = lines[-1].rstrip()
                            if len(prev_line) + len(self.placeholder) <= self.width:
                                lines[-1] = prev_line + self.placeholder
                                break
                        lines.append(indent + self.placeholder.lstrip())
                    break
        return lines

    def _handle_long_word(self, reversed_chunks, current, current_len, width):
        space_left = 1 if width < 1 else width - current_len
        if self.break_long_words:
            chunk = reversed_chunks[-1]
            current.append(chunk[:space_left])
            reversed_chunks[-1] = chunk[space_left:]
        elif not current:
            current.append(reversed_chunks.pop())

    def wrap(self, text):
        """The lines of the wrapped text, without final newlines."""
        return self._wrap_chunks(self._split(self._munge_whitespace(text)))

    def fill(self, text):
        """The wrapped text as one string."""
        return '\n'.join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wraps a paragraph into a list of lines of at most width characters."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Wraps a paragraph into one string of lines of at most width characters."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapses whitespace and truncates text to fit width, ending with the placeholder."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def dedent(text):
    """Removes any common leading whitespace from every line of text."""
    lines = text.split('\n')
    margin = None
    for line in lines:
        stripped = line.lstrip(' \t')
        if not stripped:
            continue
        indent = line[:len(line) - len(stripped)]
        if margin is None:
            margin = indent
        elif indent.startswith(margin):
            pass
        elif margin.startswith(indent):
            margin = indent
        else:
            common = 0
            for a, b in zip(margin, indent):
                if a != b:
                    break
                common += 1
            margin = margin[:common]
    out = []
    for line in lines:
        if not line.strip(' \t'):
            out.append('' if line.strip(' \t') == '' else line)
        else:
            out.append(line[len(margin):] if margin else line)
    return '\n'.join(out)


def indent(text, prefix, predicate=None):
    """Adds prefix to the lines of text that satisfy predicate (default: not only whitespace)."""
    if predicate is None:
        def predicate(line):
            return line.strip()
    return ''.join(prefix + line if predicate(line) else line for line in text.splitlines(True))
`,
)
