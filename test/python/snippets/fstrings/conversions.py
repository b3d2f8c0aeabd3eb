s = 'it\'s'
print(f'{s!r} {s!s} {s!a}')
print(f'{"é"!a} {[1, "a"]!r} {3.0!s}')
class P:
    def __repr__(self):
        return 'P()'
    def __str__(self):
        return 'a P'
print(f'{P()} {P()!r} {P()!s}')
