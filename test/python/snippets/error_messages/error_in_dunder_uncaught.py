class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        return Money(self.cents + other.cents)
print((Money(1) + Money(2)).cents)
Money(1) + 5
