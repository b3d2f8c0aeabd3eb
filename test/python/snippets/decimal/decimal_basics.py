from decimal import Decimal
print(Decimal('1.10'), repr(Decimal('1.10')), Decimal(5), Decimal('-0.00'), Decimal('1E+3'))
print(Decimal('0.1') + Decimal('0.2'), Decimal('1.30') + Decimal('1.20'), Decimal('1.3') * Decimal('1.2'))
print(Decimal('10') / Decimal('4'), Decimal('1') / Decimal('3'), Decimal('2') / Decimal('3'))
print(Decimal(0.1))
print(Decimal('7') // Decimal('2'), Decimal('-7') // Decimal('2'), Decimal('-7') % Decimal('2'))
