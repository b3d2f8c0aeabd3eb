from decimal import Decimal
print(Decimal('1.0') == Decimal('1.00'), Decimal('1') == 1, Decimal('0.5') < 1, Decimal('1.5') > 1.2)
print(Decimal(2) + 3, 3 * Decimal('1.5'), sum([Decimal('0.1')] * 3), max(Decimal('2'), Decimal('10')))
print(sorted([Decimal('2.5'), Decimal('-1'), Decimal('10')]))
try:
    Decimal('1.5') + 1.5
except TypeError as e:
    print(e)
