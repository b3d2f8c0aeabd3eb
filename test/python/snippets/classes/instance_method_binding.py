class Counter:
    def __init__(self):
        self.n = 0
    def inc(self):
        self.n += 1
        return self.n
c = Counter()
bound = c.inc
bound()
bound()
print(c.n, Counter.inc(c), bound.__self__ is c, bound.__func__ is Counter.inc)
