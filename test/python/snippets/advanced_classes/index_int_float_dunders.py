class Idx:
    def __index__(self):
        return 2
class Num:
    def __int__(self):
        return 7
    def __float__(self):
        return 7.5
print([10, 20, 30][Idx()], 'abc'[Idx()], bin(Idx()), int(Num()), float(Num()))
print(range(10)[Idx()], list(range(Idx())))
