class Money:
    def __init__(self, amount):
        self.amount = amount
    def __format__(self, spec):
        if spec == 'short':
            return f'${self.amount}'
        return f'{self.amount:{spec}} dollars'
m = Money(5)
print(f'{m:short}', f'{m:.2f}', format(m, 'short'), '{:06.1f}'.format(m))
