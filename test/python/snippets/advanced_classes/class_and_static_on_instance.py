class K:
    n = 0
    @classmethod
    def bump(cls):
        cls.n += 1
        return cls.n
    @staticmethod
    def twice(x):
        return x * 2
k = K()
print(k.bump(), K.bump(), k.twice(4), K.twice('ab'), K.n, k.n)
class Sub(K):
    pass
print(Sub.bump(), K.n, Sub.n)
