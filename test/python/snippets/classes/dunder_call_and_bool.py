class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x):
        return x + self.n
    def __len__(self):
        return 0
add5 = Adder(5)
print(add5(10), callable(add5), callable(Adder), bool(add5))
