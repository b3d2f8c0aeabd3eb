from decimal import Decimal
d = Decimal('-123.4500')
print(d.normalize(), abs(d), -d, d.as_tuple(), d.is_signed(), d.adjusted())
print(Decimal('12.34').to_integral_value(), int(Decimal('9.99')), float(Decimal('0.1')), str(Decimal('1e-10')))
print(Decimal('2').sqrt(), Decimal('10') ** 2, Decimal('1.1') ** 3, Decimal('100').log10())
print(Decimal('NaN'), Decimal('Infinity'), Decimal('-inf'), Decimal('0E-7'), Decimal('1.23E-7'))
