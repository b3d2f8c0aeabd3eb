from decimal import Decimal
print(Decimal((0, (1, 2, 3), -2)), Decimal(' 42 '), Decimal('1_000'), Decimal(10 ** 30))
print(Decimal('3.14').as_integer_ratio(), Decimal.from_float(0.5), Decimal('-0'))
print(repr(Decimal('1e5')), repr(Decimal(3)), Decimal('1.000').normalize(), Decimal('100').normalize())
