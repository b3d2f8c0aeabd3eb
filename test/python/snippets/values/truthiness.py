values = [0, 1, -1, 0.0, 0.1, '', 'a', [], [0], (), (0,), {}, {0: 0}, set(), None, True, False, range(0), range(1)]
for v in values:
    print(repr(v), bool(v))
