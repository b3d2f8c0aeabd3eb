import { pythonSourceModule } from '../python-source-module'
import type { NativeModule } from '../registry'

/** `secrets`, written in Python: Random numbers for secrets: token_hex, token_urlsafe, token_bytes, choice, randbelow (Migration Playground). */
export const secretsModule: NativeModule = pythonSourceModule(
  'secrets',
  String.raw`"""Random numbers for secrets: token_hex, token_urlsafe, token_bytes, choice, randbelow (Migration Playground)."""

import _uuid_support

DEFAULT_ENTROPY = 32


def randbits(k):
    """A non-negative int with k random bits."""
    return _uuid_support.random_int((k + 7) // 8) >> ((8 - k % 8) % 8)


def randbelow(exclusive_upper_bound):
    """A random int in [0, n)."""
    if exclusive_upper_bound <= 0:
        raise ValueError('Upper bound must be positive.')
    k = exclusive_upper_bound.bit_length()
    r = randbits(k)
    while r >= exclusive_upper_bound:
        r = randbits(k)
    return r


def choice(seq):
    """A random element of a non-empty sequence."""
    if not seq:
        raise IndexError('Cannot choose from an empty sequence')
    return seq[randbelow(len(seq))]


def token_bytes(nbytes=None):
    n = DEFAULT_ENTROPY if nbytes is None else nbytes
    value = _uuid_support.random_int(n)
    return bytes((value >> (8 * (n - 1 - i))) & 0xff for i in range(n))


def token_hex(nbytes=None):
    """A random text string of 2 * nbytes hex digits."""
    n = DEFAULT_ENTROPY if nbytes is None else nbytes
    return ('%0' + str(2 * n) + 'x') % _uuid_support.random_int(n) if n else ''


def token_urlsafe(nbytes=None):
    """A random URL-safe text string (base64 alphabet without padding)."""
    n = DEFAULT_ENTROPY if nbytes is None else nbytes
    alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
    value = _uuid_support.random_int(n)
    bits = 8 * n
    out = []
    while bits > 0:
        take = min(6, bits)
        bits -= take
        out.append(alphabet[((value >> bits) & ((1 << take) - 1)) << (6 - take)])
    return ''.join(out)


def compare_digest(a, b):
    return a == b
`,
)
